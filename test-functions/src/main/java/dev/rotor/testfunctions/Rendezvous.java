package dev.rotor.testfunctions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

/** Two processes meeting through files: each creates its own, then waits (on file events) for the other's. */
final class Rendezvous {

    private Rendezvous() {
    }

    /** Creates {@code arrive}, then waits until {@code other} exists; throws when it does not within the time left. */
    static void meet(Path arrive, Path other, long timeoutMillis) {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            other.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            Files.createFile(arrive);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (!Files.exists(other)) {
                long left = deadline - System.nanoTime();
                WatchKey key = left > 0 ? watcher.poll(left, TimeUnit.NANOSECONDS) : null;
                if (key == null) {
                    throw new IllegalStateException("nobody arrived at " + other);
                }
                key.pollEvents();
                key.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
