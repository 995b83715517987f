package dev.rotor.harness.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Follows a starting mysqld's console (its error log, which goes to stdout when no log file is named): copies every
 * line to {@code mysqld.log} and tells the moment the server says it is ready for connections on its port, or that
 * it exited first. The reader thread ends when mysqld does.
 */
final class MysqldConsole {
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    private MysqldConsole() {
    }

    static MysqldConsole follow(Process mysqld, Path logFile, int port) {
        MysqldConsole console = new MysqldConsole();
        Thread reader = new Thread(() -> console.read(mysqld, logFile, port), "rotor-mysqld-console-" + mysqld.pid());
        reader.setDaemon(true);
        reader.start();
        return console;
    }

    private void read(Process mysqld, Path logFile, int port) {
        String readyLine = "port: " + port + " ";
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(mysqld.getInputStream(),
                StandardCharsets.UTF_8));
             Writer log = Files.newBufferedWriter(logFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                log.write(line);
                log.write('\n');
                log.flush();
                if (line.contains("ready for connections") && line.contains(readyLine)) {
                    ready.complete(null);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("mysqld exited while starting"));
    }

    /** Waits for the ready line; a DatabaseException when mysqld exits first or {@code timeout} passes. */
    void awaitReady(Duration timeout) {
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new DatabaseException(e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new DatabaseException("mysqld was not ready for connections within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("interrupted while waiting for mysqld");
        }
    }
}
