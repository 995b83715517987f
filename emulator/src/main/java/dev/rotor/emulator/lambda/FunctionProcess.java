package dev.rotor.emulator.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One running function process (a child JVM under the RIC, or a {@code provided} bootstrap) with its own Runtime API
 * server. Serves one invocation at a time; the caller serializes.
 */
final class FunctionProcess implements AutoCloseable {

    private static final Duration READER_DRAIN = Duration.ofSeconds(2);
    private static final long OUTPUT_POLL_MILLIS = 5;

    final FunctionDefinition definition;
    final String codeFingerprint;
    private final RuntimeApiServer api;
    private final Process process;
    private final BoundedLog output;
    private final Thread reader;
    private final byte[] drainBuffer = new byte[64 * 1024];
    private final AppCdsArchives.Plan cdsPlan;
    private final AppCdsArchives archives;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile boolean servedSuccess;
    /** The invocation being served; the process's exit answers it. */
    private volatile PendingInvocation current;

    private FunctionProcess(FunctionDefinition definition, String codeFingerprint, RuntimeApiServer api, Process process,
                            BoundedLog output, AppCdsArchives.Plan cdsPlan, AppCdsArchives archives) {
        this.definition = definition;
        this.codeFingerprint = codeFingerprint;
        this.api = api;
        this.process = process;
        this.output = output;
        this.cdsPlan = cdsPlan;
        this.archives = archives;
        this.reader = new Thread(this::pumpOutput, "rotor-function-output-" + definition.name());
        reader.setDaemon(true);
        reader.start();
        process.onExit().thenRun(() -> {
            PendingInvocation invocation = current;
            if (invocation != null) {
                invocation.answer.complete(exitAnswer(invocation));
            }
        });
    }

    /** Starts the process; it initialises while the caller hands it the first invocation. */
    static FunctionProcess start(FunctionDefinition function, LambdaSettings settings, RuntimeClasspath runtime,
                                 Path workDir, AppCdsArchives archives, int logLimitBytes, ObjectMapper json)
            throws IOException {
        String fingerprint = TaskRoot.fingerprint(function.code());
        Path taskRoot = TaskRoot.prepare(function.name(), function.code(), workDir);
        Path scratch = java.nio.file.Files.createDirectories(workDir.resolve("tmp").resolve(function.name()));
        RuntimeApiServer api = new RuntimeApiServer(function.name(), json);
        AppCdsArchives.Plan plan = new AppCdsArchives.Plan.None();
        try {
            var env = ProcessCommand.environment(function, settings, api.address(), taskRoot, runtime.directory(),
                    scratch);
            ProcessCommand command;
            if (function.runtime().isJava()) {
                JavaInstallation java = JavaInstallation.of(function.javaExecutable());
                if (archives != null) {
                    plan = archives.plan(java.executable(), java.version(), fingerprint, function.handler(),
                            runtime.classpath());
                }
                command = ProcessCommand.java(function, java, runtime, plan.jvmOptions(), env);
            } else {
                command = ProcessCommand.provided(taskRoot, env);
            }
            ProcessBuilder builder = new ProcessBuilder(command.command())
                    .directory(taskRoot.toFile())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().clear();
            builder.environment().putAll(command.environment());
            Process process = builder.start();
            return new FunctionProcess(function, fingerprint, api, process, new BoundedLog(logLimitBytes), plan, archives);
        } catch (IOException | RuntimeException e) {
            api.close();
            if (archives != null) {
                archives.finish(plan, false);
            }
            throw e;
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive() && !stopped.get();
    }

    /**
     * Runs one invocation. The timeout counts from the moment the runtime takes the event; before that, init may take
     * up to {@code initTimeout}. Never throws for anything the function does.
     */
    PendingInvocation.Answer invoke(PendingInvocation invocation, Duration initTimeout) {
        current = invocation;
        if (!process.isAlive()) {
            invocation.answer.complete(exitAnswer(invocation));
        }
        api.submit(invocation);
        try {
            CompletableFuture.anyOf(invocation.dispatched, invocation.answer).get(initTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // completed before the kill, so the exit callback cannot call it a crash
            invocation.answer.complete(new PendingInvocation.Answer(Invocation.Outcome.TIMED_OUT, null, new FunctionError(
                    "Sandbox.Timedout", Instant.now() + " " + invocation.requestId + " Init timed out after "
                    + seconds(initTimeout) + " seconds", List.of(), "Sandbox.Timedout")));
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        } catch (ExecutionException impossible) {
            // the futures are only completed normally
        }
        if (!invocation.answer.isDone() && invocation.dispatched.isDone()) {
            long deadline = invocation.dispatched.join();
            try {
                invocation.answer.get(Math.max(0, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                invocation.answer.complete(new PendingInvocation.Answer(Invocation.Outcome.TIMED_OUT, null,
                        new FunctionError("Sandbox.Timedout", Instant.now() + " " + invocation.requestId
                                + " Task timed out after " + seconds(invocation.timeout) + " seconds", List.of(),
                                "Sandbox.Timedout")));
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            } catch (ExecutionException impossible) {
                // the futures are only completed normally
            }
        }
        invocation.answer.complete(new PendingInvocation.Answer(Invocation.Outcome.CRASHED, null, new FunctionError(
                "Runtime.Unknown", "The invocation was interrupted", List.of(), "Runtime.Unknown")));
        PendingInvocation.Answer answer = invocation.answer.join();
        current = null;
        if (answer.outcome() == Invocation.Outcome.SUCCEEDED) {
            servedSuccess = true;
        }
        return answer;
    }

    private PendingInvocation.Answer exitAnswer(PendingInvocation invocation) {
        int status = process.exitValue();
        FunctionError initError = api.initError();
        if (initError != null) {
            return new PendingInvocation.Answer(Invocation.Outcome.INIT_FAILED, null, initError);
        }
        String how = status > 128 ? "signal: " + signalName(status - 128) : "exit status " + status;
        Invocation.Outcome outcome = invocation.dispatched.isDone()
                ? Invocation.Outcome.CRASHED : Invocation.Outcome.INIT_FAILED;
        return new PendingInvocation.Answer(outcome, null, new FunctionError("Runtime.ExitError",
                "RequestId: " + invocation.requestId + " Error: Runtime exited with error: " + how, List.of(),
                "Runtime.ExitError"));
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 9 -> "killed";
            case 15 -> "terminated";
            case 11 -> "segmentation fault";
            case 6 -> "aborted";
            default -> Integer.toString(signal);
        };
    }

    /**
     * The output since the last call. Everything the function wrote before answering is in the pipe by then, so
     * draining what is available attributes it to this invocation. When the process has died, waits briefly for the
     * reader to reach the end of its output.
     */
    String takeLogs() {
        if (!process.isAlive()) {
            try {
                reader.join(READER_DRAIN.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        drain();
        return output.take();
    }

    /**
     * Reads what the pipe holds without ever blocking in {@code read} (the pipe stream is synchronized, so a reader
     * blocked in {@code read} would block {@link #takeLogs} too).
     */
    private void drain() {
        synchronized (drainBuffer) {
            try {
                int available;
                while ((available = outputStream().available()) > 0) {
                    int n = outputStream().read(drainBuffer, 0, Math.min(available, drainBuffer.length));
                    if (n < 0) {
                        return;
                    }
                    output.append(drainBuffer, 0, n);
                }
            } catch (IOException ignored) {
                // the pipe closed
            }
        }
    }

    private InputStream outputStream() {
        return process.getInputStream();
    }

    private void pumpOutput() {
        try {
            while (process.isAlive()) {
                drain();
                Thread.sleep(OUTPUT_POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
    }

    /** Kills the process and its descendants at once. */
    void kill() {
        if (stopped.compareAndSet(false, true)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(5));
            api.close();
            if (archives != null) {
                archives.finish(cdsPlan, false);
            }
        }
    }

    /** Stops the process politely (so a JVM can write its AppCDS archive), then forcibly if it lingers. */
    @Override
    public void close() {
        if (stopped.compareAndSet(false, true)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            boolean graceful = waitFor(cdsPlan instanceof AppCdsArchives.Plan.Record ? Duration.ofSeconds(10)
                    : Duration.ofSeconds(2));
            if (!graceful) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                waitFor(Duration.ofSeconds(5));
            }
            api.close();
            if (archives != null) {
                archives.finish(cdsPlan, graceful && servedSuccess);
            }
        }
    }

    private boolean waitFor(Duration duration) {
        try {
            return process.waitFor(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.2f", duration.toMillis() / 1000.0);
    }
}
