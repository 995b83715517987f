package dev.rotor.emulator.proxy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * A small TCP proxy on the loopback interface between a rotation function and its database, whose {@link ProxyMode}
 * can be switched at any moment: pass, refuse, drop, stall or latency. Plain sockets and a few threads per
 * connection: small enough to read, exact enough to test with real sockets.
 */
public final class FaultProxy implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FaultProxy.class);
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private final InetAddress loopback = InetAddress.getLoopbackAddress();
    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final TrafficGate gate = new TrafficGate();
    private final Set<ProxiedConnection> connections = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "rotor-fault-proxy");
        thread.setDaemon(true);
        return thread;
    });
    /** Null while the proxy refuses connections (nothing listens) and once it is closed. */
    private ServerSocket listener;
    /** The thread accepting on {@link #listener}. */
    private Future<?> accepting;

    private FaultProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.port = listen(0);
    }

    /** Starts a proxy on a free loopback port that forwards to {@code targetHost:targetPort}. */
    public static FaultProxy open(String targetHost, int targetPort) throws IOException {
        if (targetHost == null || targetHost.isBlank() || targetPort < 1 || targetPort > 65535) {
            throw new IllegalArgumentException("the target needs a host and a port from 1 to 65535");
        }
        return new FaultProxy(targetHost, targetPort);
    }

    /** The address clients connect to ({@code 127.0.0.1}). */
    public String host() {
        return loopback.getHostAddress();
    }

    public int port() {
        return port;
    }

    public String targetHost() {
        return targetHost;
    }

    public int targetPort() {
        return targetPort;
    }

    public ProxyMode mode() {
        return gate.mode();
    }

    /**
     * Switches the proxy's behaviour at once: refusing stops listening (and {@link ProxyMode#PASS} listens again on
     * the same port), dropping resets every open connection, stalling and latency hold the bytes in flight.
     *
     * @throws UncheckedIOException if the port cannot be listened on again after refusing
     */
    public synchronized void switchTo(ProxyMode mode) {
        if (gate.closed()) {
            return;
        }
        gate.switchTo(mode);
        if (mode instanceof ProxyMode.Refuse) {
            stopListening();
        } else if (listener == null) {
            try {
                listen(port);
            } catch (IOException e) {
                throw new UncheckedIOException("The fault proxy cannot listen on port " + port + " again", e);
            }
        }
        if (mode instanceof ProxyMode.Drop) {
            List.copyOf(connections).forEach(ProxiedConnection::reset);
        }
    }

    /** Waits until the proxy received {@code total} bytes from both sides in all (for tests: no sleeping). */
    boolean awaitReceived(long total, Duration timeout) throws InterruptedException {
        return gate.awaitReceived(total, timeout.toMillis());
    }

    private int listen(int onPort) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(loopback, onPort), 50);
        listener = socket;
        accepting = threads.submit(() -> accept(socket));
        return socket.getLocalPort();
    }

    /**
     * Closes the listening socket and waits for its accepting thread to leave {@code accept}: only then has the
     * kernel really stopped listening (a thread blocked in accept keeps the socket alive until it returns).
     */
    private void stopListening() {
        if (listener == null) {
            return;
        }
        try {
            listener.close();
        } catch (IOException ignored) {
            // it no longer listens either way
        }
        listener = null;
        try {
            accepting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            LOG.debug("the fault proxy's accepting thread ended with an error", e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                threads.execute(() -> connect(client));
            } catch (IOException | RejectedExecutionException closedOrFailed) {
                return;
            }
        }
    }

    private void connect(Socket client) {
        if (gate.mode() instanceof ProxyMode.Drop || gate.closed()) {
            ProxiedConnection.reset(client);
            return;
        }
        Socket database = new Socket();
        try {
            client.setTcpNoDelay(true);
            database.setTcpNoDelay(true);
            database.connect(new InetSocketAddress(targetHost, targetPort), CONNECT_TIMEOUT_MILLIS);
        } catch (IOException e) {
            LOG.debug("the fault proxy cannot reach {}:{}", targetHost, targetPort, e);
            ProxiedConnection.reset(client);
            ProxiedConnection.reset(database);
            return;
        }
        ProxiedConnection connection = new ProxiedConnection(client, database);
        connections.add(connection);
        try {
            connection.start(threads, gate, connections::remove);
        } catch (RejectedExecutionException closing) {
            connection.close();
            return;
        }
        // a switch to drop (or a close) while this connection was being made did not see it
        if (gate.mode() instanceof ProxyMode.Drop) {
            connection.reset();
        } else if (gate.closed()) {
            connection.close();
        }
    }

    /** Stops listening, closes every connection and its threads. */
    @Override
    public synchronized void close() {
        gate.close();
        stopListening();
        List.copyOf(connections).forEach(ProxiedConnection::close);
        threads.shutdownNow();
    }
}
