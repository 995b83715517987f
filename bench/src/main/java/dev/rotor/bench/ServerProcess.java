package dev.rotor.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A server under test, started as a child process on a free loopback port and stopped by the benchmark. */
final class ServerProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final int port;
    private final long startedNanos;
    private final long startedEpochMillis;

    private ServerProcess(String name, Process process, int port, long startedNanos, long startedEpochMillis) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.startedNanos = startedNanos;
        this.startedEpochMillis = startedEpochMillis;
    }

    /**
     * Starts {@code command} with {@code {port}} replaced by a free port and {@code environment} added; output goes to
     * {@code log}.
     */
    static ServerProcess start(String name, List<String> command, java.util.Map<String, String> environment, Path log)
            throws IOException {
        int port = freePort();
        List<String> args = command.stream().map(a -> a.replace("{port}", Integer.toString(port))).toList();
        ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        long startedEpochMillis = System.currentTimeMillis();
        long started = System.nanoTime();
        return new ServerProcess(name, builder.start(), port, started, startedEpochMillis);
    }

    /**
     * Polls GetRandomPassword until the first 200 and returns milliseconds since the process was started. Gives up
     * after {@code timeoutMillis}.
     */
    double awaitReady(long timeoutMillis) throws IOException, InterruptedException {
        return awaitAnswer("GetRandomPassword", "{}", timeoutMillis);
    }

    /**
     * Polls {@code operation} every 5 ms until the first 200 and returns milliseconds since the process was started.
     * Gives up after {@code timeoutMillis}.
     */
    double awaitAnswer(String operation, String body, long timeoutMillis) throws IOException, InterruptedException {
        try (AwsJsonClient client = new AwsJsonClient(endpoint())) {
            return awaitAnswer(client, operation, body, timeoutMillis);
        }
    }

    private double awaitAnswer(AwsJsonClient client, String operation, String body, long timeoutMillis)
            throws IOException, InterruptedException {
        long deadline = startedNanos + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with status " + process.exitValue() + " before it was ready");
            }
            try {
                if (client.call(operation, body).ok()) {
                    return (System.nanoTime() - startedNanos) / 1e6;
                }
            } catch (IOException notYet) {
                // connection refused: not listening yet
            }
            Thread.sleep(5);
        }
        throw new IOException(name + " not ready within " + timeoutMillis + " ms");
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** When the process was started, in epoch milliseconds (the warm-up curve counts seconds from here). */
    long startedEpochMillis() {
        return startedEpochMillis;
    }

    String name() {
        return name;
    }

    /** Resident set size in MiB, from /proc/<pid>/status (Linux only). */
    double rssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IOException("no VmRSS for " + name);
    }

    /** CPU time (user + system) the process has used so far, in milliseconds; from /proc/<pid>/stat. */
    double cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state); utime and stime are fields 14 and 15, in clock ticks (USER_HZ = 100).
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
