package dev.rotor.testfunctions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * {@link ServiceRotation} that, at setSecret, talks to a "database" over TCP as a real function logs in: it connects
 * to {@code DATABASE_HOST:DATABASE_PORT} (an echo server), sends {@code ping} and expects it back, once per round
 * trip ({@code ROUND_TRIPS}, default 1). For the database fault proxy's tests.
 */
public class TcpServiceRotation extends ServiceRotation {

    @Override
    protected void beforeStep(String step) {
        if (!step.equals("setSecret")) {
            return;
        }
        String host = System.getenv("DATABASE_HOST");
        int port = Integer.parseInt(System.getenv("DATABASE_PORT"));
        int roundTrips = Integer.parseInt(System.getenv().getOrDefault("ROUND_TRIPS", "1"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (int i = 0; i < roundTrips; i++) {
                out.write("ping\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                String answer = in.readLine();
                if (!"ping".equals(answer)) {
                    throw new IllegalStateException("setSecret: cannot talk to the database: it answered " + answer);
                }
            }
            System.out.println("setSecret: the database answered " + roundTrips + " round trips");
        } catch (IOException e) {
            throw new UncheckedIOException("setSecret: cannot talk to the database: " + e, e);
        }
    }
}
