package dev.rotor.emulator.wire;

import dev.rotor.emulator.cli.ServeCommand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An emulator in a child JVM on a data directory, which a test can stop with SIGTERM or kill with SIGKILL. */
final class ChildEmulator implements AutoCloseable {
    private static final Pattern SERVE_READY = Pattern.compile("ready at (http://\\S+)");

    private final Process process;
    private final URI endpoint;
    private final List<String> output;

    private ChildEmulator(Process process, URI endpoint, List<String> output) {
        this.process = process;
        this.endpoint = endpoint;
        this.output = output;
    }

    /** Starts {@link ChildEmulatorMain} (an emulator without a shutdown hook) and waits until it listens. */
    static ChildEmulator start(Path dataDir) throws IOException, InterruptedException {
        return launch(List.of(ChildEmulatorMain.class.getName(), dataDir.toString()), line ->
                line.startsWith(ChildEmulatorMain.READY) ? URI.create("http://127.0.0.1:"
                        + line.substring(ChildEmulatorMain.READY.length()).trim()) : null);
    }

    /** Starts {@code rotor serve} on a free port and the data directory, and waits until it says where it listens. */
    static ChildEmulator serve(Path dataDir, String... options) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(ServeCommand.class.getName(), "--port", "0", "--data-dir",
                dataDir.toString()));
        arguments.addAll(List.of(options));
        return launch(arguments, line -> {
            Matcher ready = SERVE_READY.matcher(line);
            return ready.find() ? URI.create(ready.group(1)) : null;
        });
    }

    /** Runs the main class and arguments with the test's own class path; {@code ready} finds the endpoint. */
    private static ChildEmulator launch(List<String> mainAndArguments, Function<String, URI> ready)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<URI> endpoint = CompletableFuture.supplyAsync(() -> readEndpoint(reader, ready, output));
        try {
            URI value = endpoint.get(60, TimeUnit.SECONDS);
            Thread drain = new Thread(() -> reader.lines().forEach(output::add), "child-emulator-output");
            drain.setDaemon(true);
            drain.start();
            return new ChildEmulator(process, value, output);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("the child emulator did not start", e);
        }
    }

    private static URI readEndpoint(BufferedReader reader, Function<String, URI> ready, List<String> output) {
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.add(line);
                URI endpoint = ready.apply(line);
                if (endpoint != null) {
                    return endpoint;
                }
            }
            throw new IllegalStateException("the child emulator exited before listening:\n"
                    + String.join("\n", output));
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

    /** Everything the child printed so far (stdout and stderr). */
    List<String> output() {
        return List.copyOf(output);
    }

    /** Sends SIGTERM ({@code kill <pid>}), waits for the exit and returns its status (143 when the signal ended it). */
    int terminate() throws InterruptedException {
        return signal("-TERM");
    }

    /** Sends SIGKILL ({@code kill -9 <pid>}) and returns the exit status (137 when the signal killed it). */
    int killNine() throws IOException, InterruptedException {
        return signal("-9");
    }

    private int signal(String signal) throws InterruptedException {
        try {
            Process kill = new ProcessBuilder("kill", signal, String.valueOf(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill " + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child emulator survived kill " + signal);
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
