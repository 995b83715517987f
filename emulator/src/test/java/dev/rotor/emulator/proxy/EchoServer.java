package dev.rotor.emulator.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/** A real TCP server standing in for the database: echoes every byte back, and counts what it received. */
public final class EchoServer implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicLong received = new AtomicLong();

    public EchoServer() throws IOException {
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        threads.execute(this::accept);
    }

    public int port() {
        return socket.getLocalPort();
    }

    long received() {
        return received.get();
    }

    private void accept() {
        try {
            while (true) {
                Socket client = socket.accept();
                threads.execute(() -> echo(client));
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    private void echo(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                received.addAndGet(n);
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException gone) {
            // the proxy dropped the connection
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
    }
}
