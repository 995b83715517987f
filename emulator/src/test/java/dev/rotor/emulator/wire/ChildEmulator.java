package dev.rotor.emulator.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** An emulator in a child JVM on a data directory, which a test can kill with SIGKILL. */
final class ChildEmulator implements AutoCloseable {
    private final Process process;
    private final URI endpoint;

    private ChildEmulator(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts the child with the test's own class path and waits until it listens. */
    static ChildEmulator start(Path dataDir) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), ChildEmulatorMain.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> readPort(reader));
        try {
            int value = port.get(60, TimeUnit.SECONDS);
            Thread drain = new Thread(() -> reader.lines().forEach(line -> { }), "child-emulator-drain");
            drain.setDaemon(true);
            drain.start();
            return new ChildEmulator(process, URI.create("http://127.0.0.1:" + value));
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("the child emulator did not start", e);
        }
    }

    private static int readPort(BufferedReader reader) {
        try {
            StringBuilder seen = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith(ChildEmulatorMain.READY)) {
                    return Integer.parseInt(line.substring(ChildEmulatorMain.READY.length()).trim());
                }
                seen.append(line).append('\n');
            }
            throw new IllegalStateException("the child emulator exited before listening:\n" + seen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    long pid() {
        return process.pid();
    }

    /** Sends SIGKILL ({@code kill -9 <pid>}) and returns the exit status (137 when the signal killed it). */
    int killNine() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -9 " + process.pid() + " failed");
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child emulator survived kill -9");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
