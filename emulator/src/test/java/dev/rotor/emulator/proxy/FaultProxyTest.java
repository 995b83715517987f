package dev.rotor.emulator.proxy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fault proxy with real sockets: a client, the proxy, and an echo server standing in for the database. */
class FaultProxyTest {
    private static final byte[] PING = "ping\n".getBytes(StandardCharsets.US_ASCII);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private EchoServer database;
    private FaultProxy proxy;

    @BeforeEach
    void start() throws IOException {
        database = new EchoServer();
        proxy = FaultProxy.open("127.0.0.1", database.port());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        database.close();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(proxy.host(), proxy.port());
        socket.setSoTimeout((int) WAIT.toMillis());
        return socket;
    }

    private static String roundTrip(Socket socket) throws IOException {
        socket.getOutputStream().write(PING);
        byte[] answer = new byte[PING.length];
        new DataInputStream(socket.getInputStream()).readFully(answer);
        return new String(answer, StandardCharsets.US_ASCII);
    }

    @Test
    void passingCarriesBytesBothWaysUnchanged() throws IOException {
        byte[] payload = new byte[1 << 20];
        new Random(7).nextBytes(payload);
        try (Socket client = connect()) {
            client.getOutputStream().write(payload);
            byte[] echoed = new byte[payload.length];
            new DataInputStream(client.getInputStream()).readFully(echoed);

            assertThat(echoed).isEqualTo(payload);
            assertThat(roundTrip(client)).isEqualTo("ping\n");
        }
    }

    @Test
    void refusingRefusesNewConnectionsKeepsOpenOnesAndListensAgainOnTheSamePortAfterwards() throws IOException {
        try (Socket open = connect()) {
            assertThat(roundTrip(open)).isEqualTo("ping\n");
            proxy.switchTo(ProxyMode.REFUSE);

            assertThatThrownBy(() -> new Socket(proxy.host(), proxy.port())).isInstanceOf(ConnectException.class);
            assertThat(roundTrip(open)).isEqualTo("ping\n");

            proxy.switchTo(ProxyMode.PASS);
            try (Socket again = connect()) {
                assertThat(roundTrip(again)).isEqualTo("ping\n");
            }
        }
    }

    @Test
    void droppingResetsOpenConnectionsAndNewOnesUntilItEnds() throws IOException {
        try (Socket open = connect()) {
            assertThat(roundTrip(open)).isEqualTo("ping\n");

            proxy.switchTo(ProxyMode.DROP);

            assertThatThrownBy(() -> roundTrip(open)).isInstanceOf(SocketException.class);
            try (Socket during = connect()) {
                assertThatThrownBy(() -> roundTrip(during)).isInstanceOf(SocketException.class);
            }
            proxy.switchTo(ProxyMode.PASS);
            try (Socket after = connect()) {
                assertThat(roundTrip(after)).isEqualTo("ping\n");
            }
        }
    }

    @Test
    void stallingHoldsTheBytesUntilItEndsThenDeliversThem() throws Exception {
        try (Socket client = connect()) {
            assertThat(roundTrip(client)).isEqualTo("ping\n");
            proxy.switchTo(ProxyMode.STALL);

            client.getOutputStream().write(PING);
            // the proxy has the second ping (and the first round trip's 2 x 5 bytes), yet the database has only the first
            assertThat(proxy.awaitReceived(3L * PING.length, WAIT)).isTrue();

            assertThat(database.received()).isEqualTo(PING.length);
            assertThat(client.getInputStream().available()).isZero();

            proxy.switchTo(ProxyMode.PASS);
            byte[] answer = new byte[PING.length];
            new DataInputStream(client.getInputStream()).readFully(answer);
            assertThat(new String(answer, StandardCharsets.US_ASCII)).isEqualTo("ping\n");
            assertThat(database.received()).isEqualTo(2L * PING.length);
        }
    }

    @Test
    void latencyDelaysEveryRoundTrip() throws IOException {
        Duration latency = Duration.ofMillis(300);
        try (Socket client = connect()) {
            assertThat(roundTrip(client)).isEqualTo("ping\n");
            proxy.switchTo(new ProxyMode.Latency(latency));

            long started = System.nanoTime();
            roundTrip(client);
            roundTrip(client);
            Duration twoRoundTrips = Duration.ofNanos(System.nanoTime() - started);

            assertThat(twoRoundTrips).isGreaterThanOrEqualTo(latency.multipliedBy(2));
        }
    }

    @Test
    void closingStopsListeningAndEndsOpenConnections() throws IOException {
        try (Socket open = connect()) {
            assertThat(roundTrip(open)).isEqualTo("ping\n");

            proxy.close();

            assertThatThrownBy(() -> new Socket(proxy.host(), proxy.port())).isInstanceOf(ConnectException.class);
            assertThat(open.getInputStream().read()).isEqualTo(-1);
        }
    }
}
