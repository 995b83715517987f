package dev.rotor.emulator.proxy;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** One client connection and the proxy's own connection to the database, joined by two {@link Pipe}s. */
final class ProxiedConnection {
    private final Socket client;
    private final Socket database;
    private final AtomicInteger openPipes = new AtomicInteger(2);

    ProxiedConnection(Socket client, Socket database) {
        this.client = client;
        this.database = database;
    }

    /** Starts carrying bytes both ways; {@code ended} runs once both directions are over. */
    void start(ExecutorService threads, TrafficGate gate, Consumer<ProxiedConnection> ended) {
        Runnable pipeDone = () -> {
            if (openPipes.decrementAndGet() == 0) {
                close();
                ended.accept(this);
            }
        };
        new Pipe(client, database, false, gate, this::close).start(threads, pipeDone);
        new Pipe(database, client, true, gate, this::close).start(threads, pipeDone);
    }

    /** Resets the connection: the client sees "connection reset", as when the database's host goes away. */
    void reset() {
        reset(client);
        reset(database);
    }

    /** Closes a socket with an RST instead of a FIN. */
    static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException alreadyClosed) {
            // closing it below is all that is left to do
        }
        closeQuietly(socket);
    }

    void close() {
        closeQuietly(client);
        closeQuietly(database);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the connection is over either way
        }
    }
}
