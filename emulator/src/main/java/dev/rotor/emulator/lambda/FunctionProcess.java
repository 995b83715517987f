package dev.rotor.emulator.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * One running function process (a child JVM under the RIC, a Python interpreter, or a {@code provided} bootstrap)
 * with its own Runtime API server and output file. Serves one invocation at a time; the caller serializes.
 */
final class FunctionProcess implements AutoCloseable {
    private final PreparedCode code;
    private final RuntimeApiServer api;
    private final Process process;
    private final ProcessOutput output;
    private final ProcessEnclosure enclosure;
    private final AppCdsArchives.Plan cds;
    private final BiConsumer<AppCdsArchives.Plan, Boolean> cdsFinisher;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile boolean servedSuccess;
    /** The invocation being served; the process's exit answers it. */
    private volatile PendingInvocation current;

    private FunctionProcess(PreparedCode code, RuntimeApiServer api, Process process, ProcessOutput output,
                            ProcessEnclosure enclosure, AppCdsArchives.Plan cds,
                            BiConsumer<AppCdsArchives.Plan, Boolean> cdsFinisher) {
        this.code = code;
        this.api = api;
        this.process = process;
        this.output = output;
        this.enclosure = enclosure;
        this.cds = cds;
        this.cdsFinisher = cdsFinisher;
        process.onExit().thenRun(() -> {
            PendingInvocation invocation = current;
            if (invocation != null) {
                invocation.answer(exitOutcome(invocation));
            }
        });
    }

    /**
     * Starts the process inside {@code enclosure} (which it owns from now on); it initialises while the caller hands
     * it the first invocation.
     */
    static FunctionProcess start(PreparedCode code, CodePreparation preparation, LambdaSettings settings,
                                 Path logDirectory, int logLimitBytes, ObjectMapper json, ProcessEnclosure enclosure)
            throws IOException {
        RuntimeApiServer api = new RuntimeApiServer(code.function().name(), json);
        ProcessOutput output = null;
        AppCdsArchives.Plan cds = new AppCdsArchives.Plan.None();
        try {
            output = ProcessOutput.create(logDirectory, code.function().name(), logLimitBytes);
            RuntimeCommand runtime = preparation.commandFor(code.function());
            ProcessCommand built = runtime.build(code,
                    LambdaEnvironment.of(code, settings, api.address(), runtime.runtimeDirectory()));
            cds = built.cds(); // settled below if anything fails from here on
            ProcessCommand command = enclosure.enclose(built);
            ProcessBuilder builder = new ProcessBuilder(command.command())
                    .directory(code.taskRoot().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.file().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().clear();
            builder.environment().putAll(command.environment());
            return new FunctionProcess(code, api, builder.start(), output, enclosure, cds, preparation::finish);
        } catch (IOException | RuntimeException e) {
            enclosure.close();
            api.close();
            if (output != null) {
                output.close();
            }
            preparation.finish(cds, false);
            throw e;
        }
    }

    PreparedCode code() {
        return code;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive() && !stopped.get();
    }

    /** How much the process has printed over its life. */
    long outputBytes() {
        return output.totalBytes();
    }

    /** How an invocation ended, and what the process printed meanwhile. */
    record Served(InvocationOutcome outcome, String logs) {
    }

    /**
     * Runs one invocation; a timeout kills the process. Never throws for anything the function does. The logs are
     * what the process printed since the last invocation (for a cold start, its init output too).
     */
    Served invoke(PendingInvocation invocation, Duration initTimeout) {
        current = invocation;
        if (!process.isAlive()) {
            invocation.answer(exitOutcome(invocation));
        }
        api.submit(invocation);
        InvocationOutcome outcome;
        try {
            outcome = invocation.await(initTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            invocation.answer(InvocationOutcome.lambdaError(FailureKind.CRASHED, "Runtime.Unknown",
                    "The invocation was interrupted"));
            outcome = awaitAnswered(invocation);
        }
        if (outcome instanceof InvocationOutcome.Failed failed && failed.kind() == FailureKind.TIMED_OUT) {
            stopForcibly();
        }
        current = null;
        if (outcome instanceof InvocationOutcome.Succeeded) {
            servedSuccess = true;
        }
        return new Served(outcome, output.take());
    }

    private static InvocationOutcome awaitAnswered(PendingInvocation answered) {
        try {
            return answered.await(Duration.ZERO);
        } catch (InterruptedException impossible) {
            throw new IllegalStateException("an answered invocation does not wait", impossible);
        }
    }

    private InvocationOutcome exitOutcome(PendingInvocation invocation) {
        FunctionError initError = api.initError();
        if (initError != null) {
            return new InvocationOutcome.Failed(FailureKind.INIT_FAILED, initError);
        }
        int status = process.exitValue();
        String how = status > 128 ? "signal: " + signalName(status - 128) : "exit status " + status;
        return InvocationOutcome.lambdaError(invocation.dispatched() ? FailureKind.CRASHED : FailureKind.INIT_FAILED,
                "Runtime.ExitError", "RequestId: " + invocation.requestId + " Error: Runtime exited with error: " + how);
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
     * Kills the process as a crash would, leaving the clean-up to the host: the invocation it serves ends
     * {@link FailureKind#CRASHED} when the process's exit is seen.
     */
    void crash() {
        enclosure.killAll();
        process.destroyForcibly();
    }

    /** Kills the process and everything it started (daemons that left its tree too) at once. */
    void kill() {
        stopForcibly();
        output.close();
    }

    private void stopForcibly() {
        if (stopped.compareAndSet(false, true)) {
            enclosure.killAll();
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(5));
            release(false);
        }
    }

    /**
     * Stops the process politely (so a JVM can write its AppCDS archive), then forcibly if it lingers; either way
     * nothing it started outlives it.
     */
    @Override
    public void close() {
        if (stopped.compareAndSet(false, true)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            boolean graceful = waitFor(cds instanceof AppCdsArchives.Plan.Record ? Duration.ofSeconds(10)
                    : Duration.ofSeconds(2));
            if (!graceful) {
                enclosure.killAll();
                process.destroyForcibly();
                waitFor(Duration.ofSeconds(5));
            }
            release(graceful && servedSuccess);
        }
        output.close();
    }

    private void release(boolean keepArchive) {
        enclosure.close();
        api.close();
        cdsFinisher.accept(cds, keepArchive);
    }

    private boolean waitFor(Duration duration) {
        try {
            return process.waitFor(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
