package dev.rotor.emulator.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs the registered functions as AWS Lambda does, from a pool of warm processes: one per function (a child JVM
 * under the official Runtime Interface Client, a Python interpreter under Lambda's or Rotor's Python runtime, or a
 * {@code provided} bootstrap), invocations of one function one at a time, different functions in parallel. A process
 * that timed out, crashed or failed to initialise is replaced on the next invocation, as is one whose definition or
 * code changed. Never throws because of what a function does.
 */
public final class FunctionHost implements AutoCloseable {

    /**
     * Tuning knobs.
     *
     * @param logLimitBytes      output kept per invocation, returned and remembered (head and tail; the middle is
     *                           dropped with a note); a remembered invocation keeps as many characters of its
     *                           response and error
     * @param recentInvocations  invocations kept per function for {@link #recentInvocations} (and at most ten times
     *                           as many across functions)
     * @param initTimeout        how long a new process may take before it asks for its first event (Lambda: 10 s)
     * @param appCds             record an AppCDS archive per (JDK, code) and start later processes from it
     * @param cgroups            give each process a cgroup of its own where the system lets the emulator make one;
     *                           off, only the environment-marker sweep finds the processes a function starts
     */
    public record Options(int logLimitBytes, int recentInvocations, Duration initTimeout, boolean appCds,
                          boolean cgroups) {

        public static Options defaults() {
            return new Options(64 * 1024, 20, Duration.ofSeconds(10), true, true);
        }

        public Options withLogLimitBytes(int value) {
            return new Options(value, recentInvocations, initTimeout, appCds, cgroups);
        }

        public Options withAppCds(boolean value) {
            return new Options(logLimitBytes, recentInvocations, initTimeout, value, cgroups);
        }

        public Options withInitTimeout(Duration value) {
            return new Options(logLimitBytes, recentInvocations, value, appCds, cgroups);
        }

        public Options withCgroups(boolean value) {
            return new Options(logLimitBytes, recentInvocations, initTimeout, appCds, value);
        }
    }

    /** A warm process that has printed this much over its life is replaced, so its output file stays bounded. */
    static final long MAX_PROCESS_OUTPUT_BYTES = 256L * 1024 * 1024;

    private final LambdaSettings settings;
    private final FunctionRegistry registry;
    private final Options options;
    private final Path workDir;
    private final boolean ownsWorkDir;
    private final CodePreparation preparation;
    private final ProcessEnclosures enclosures;
    private final ObjectMapper json = new ObjectMapper();
    private final ConcurrentMap<String, WarmSlot> slots = new ConcurrentHashMap<>();
    private final InvocationHistory history;
    private final List<InvocationListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    /** Kills the function processes if the emulator's JVM exits without closing the host. */
    private final Thread shutdownHook = new Thread(this::close, "rotor-function-host-shutdown");

    public FunctionHost(LambdaSettings settings, FunctionRegistry registry) {
        this(settings, registry, Options.defaults());
    }

    public FunctionHost(LambdaSettings settings, FunctionRegistry registry, Options options) {
        this.settings = Objects.requireNonNull(settings);
        this.registry = Objects.requireNonNull(registry);
        this.options = Objects.requireNonNull(options);
        this.history = new InvocationHistory(options.recentInvocations(), 10 * options.recentInvocations());
        try {
            this.ownsWorkDir = settings.workDir() == null;
            this.workDir = ownsWorkDir ? Files.createTempDirectory(CodePreparation.TEMPORARY_WORK_FOLDER)
                    : Files.createDirectories(settings.workDir().resolve("lambda"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the function work folder", e);
        }
        this.preparation = new CodePreparation(workDir, settings.effectiveCacheDir(), options.appCds());
        try {
            registry.list().forEach(preparation::check);
        } catch (RuntimeException cannotRun) {
            preparation.close();
            if (ownsWorkDir) {
                FileTrees.deleteQuietly(workDir);
            }
            throw cannotRun;
        }
        this.enclosures = options.cgroups() ? ProcessEnclosures.open() : ProcessEnclosures.markedOnly();
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        registry.list().forEach(function -> prepare(function.name()));
    }

    /**
     * Refuses, with a clear message ({@link IllegalArgumentException}), a function that cannot run as defined: its
     * code is missing, not a zip, unpacks outside its folder or exceeds Lambda's size, or a Python function has no
     * interpreter or no boto3. The functions registered when the host starts are checked by the constructor.
     */
    public void check(FunctionDefinition function) {
        preparation.check(function);
    }

    /**
     * Unpacks a function's code into its task root in the background, as Lambda does when a function is deployed.
     * Called for the functions registered when the host starts; call it for functions registered later. The future
     * completes when the preparation is over (failures are left for the invocation to report).
     */
    public CompletableFuture<Void> prepare(String nameOrArn) {
        return registry.find(nameOrArn).map(preparation::prepareInBackground)
                .orElse(CompletableFuture.completedFuture(null));
    }

    public FunctionRegistry registry() {
        return registry;
    }

    public void addListener(InvocationListener listener) {
        listeners.add(listener);
    }

    public void removeListener(InvocationListener listener) {
        listeners.remove(listener);
    }

    /**
     * Invokes the function synchronously (RequestResponse) with a JSON event and returns how it went.
     *
     * @throws FunctionNotFoundException if no such function is registered
     * @throws IllegalStateException     if the host is closed
     */
    public Invocation invoke(String nameOrArn, String eventJson) {
        FunctionDefinition function = registry.find(nameOrArn)
                .orElseThrow(() -> new FunctionNotFoundException(nameOrArn));
        WarmSlot slot = lockedSlot(function.name());
        try {
            if (closed) {
                throw new IllegalStateException("The function host is closed");
            }
            Invocation invocation = invokeLocked(function, slot, eventJson);
            history.remember(function.name(), invocation.kept(options.logLimitBytes()));
            listeners.forEach(listener -> listener.invocationFinished(invocation));
            return invocation;
        } finally {
            slot.lock.unlock();
        }
    }

    /** The function's slot, locked; a slot dropped while this waited for it (its function removed) is not used. */
    private WarmSlot lockedSlot(String name) {
        while (true) {
            WarmSlot slot = slots.computeIfAbsent(name, absent -> new WarmSlot());
            slot.lock.lock();
            if (slots.get(name) == slot) {
                return slot;
            }
            slot.lock.unlock();
        }
    }

    private Invocation invokeLocked(FunctionDefinition function, WarmSlot slot, String eventJson) {
        String requestId = UUID.randomUUID().toString();
        String arn = registry.arnOf(function.name());
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        FunctionProcess process = slot.process;
        if (process != null && (!process.isAlive() || CodePreparation.changed(process.code(), function))) {
            process.close();
            process = null;
        }
        boolean cold = process == null;
        listeners.forEach(listener -> listener.invocationStarted(requestId, function, eventJson, cold));
        try {
            if (cold) {
                process = FunctionProcess.start(preparation.prepare(function), preparation, settings,
                        workDir.resolve("logs"), options.logLimitBytes(), json, enclosures.next());
                slot.process = process;
            }
            PendingInvocation pending = new PendingInvocation(requestId, arn, eventJson, function.timeout());
            ArmedCrash crash = slot.crash.getAndSet(null);
            if (crash != null) {
                crash.attach(pending, process);
            }
            FunctionProcess.Served served = process.invoke(pending, options.initTimeout());
            if (served.outcome() instanceof InvocationOutcome.Failed failed && failed.kind().losesProcess()
                    || process.outputBytes() > MAX_PROCESS_OUTPUT_BYTES) {
                process.kill();
                slot.process = null;
            }
            return new Invocation(requestId, arn, eventJson, served.outcome(), started,
                    Duration.ofNanos(System.nanoTime() - startNanos), served.logs(), cold);
        } catch (IOException | RuntimeException e) {
            // the process could not be launched at all (missing code, bootstrap or java): Lambda's InvalidEntrypoint
            if (process != null) {
                process.kill();
            }
            slot.process = null;
            return new Invocation(requestId, arn, eventJson, new InvocationOutcome.Failed(FailureKind.INIT_FAILED,
                    new FunctionError(e.getClass().getName(), String.valueOf(e.getMessage()), List.of(),
                            "Runtime.InvalidEntrypoint")),
                    started, Duration.ofNanos(System.nanoTime() - startNanos), "", cold);
        }
    }

    /**
     * Arms a crash for the function's next invocation: its process is killed {@code after} the runtime took the
     * event (the invocation ends {@link FailureKind#CRASHED}). Close the answer to disarm it if that invocation did
     * not happen.
     *
     * @throws FunctionNotFoundException if no such function is registered
     */
    public ArmedCrash crashNextInvocation(String nameOrArn, Duration after) {
        FunctionDefinition function = registry.find(nameOrArn)
                .orElseThrow(() -> new FunctionNotFoundException(nameOrArn));
        WarmSlot slot = slots.computeIfAbsent(function.name(), name -> new WarmSlot());
        return new ArmedCrash(after, slot.crash);
    }

    /** The last invocations of a function, oldest first (kept even after the function is removed). */
    public List<Invocation> recentInvocations(String nameOrArn) {
        return history.of(nameOf(nameOrArn));
    }

    /** The pid of the function's warm process, if it has one. */
    public OptionalLong processId(String nameOrArn) {
        WarmSlot slot = slots.get(nameOf(nameOrArn));
        FunctionProcess process = slot == null ? null : slot.process;
        return process != null && process.isAlive() ? OptionalLong.of(process.pid()) : OptionalLong.empty();
    }

    /**
     * Stops the function's warm process (waiting for a running invocation); the next invocation starts a new one. The
     * place of a function no longer registered is dropped, so functions that come and go leave nothing behind.
     */
    public void restart(String nameOrArn) {
        String name = nameOf(nameOrArn);
        WarmSlot slot = slots.get(name);
        if (slot == null) {
            return;
        }
        slot.lock.lock();
        try {
            FunctionProcess process = slot.process;
            slot.process = null;
            if (process != null) {
                process.close();
            }
            if (registry.find(name).isEmpty()) {
                slots.remove(name, slot);
            }
        } finally {
            slot.lock.unlock();
        }
    }

    private String nameOf(String nameOrArn) {
        return registry.find(nameOrArn).map(FunctionDefinition::name).orElse(nameOrArn);
    }

    /** Stops every function process (running invocations end as crashed), their servers and the temporary files. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // called from the hook itself
        }
        preparation.close();
        List<Thread> stoppers = new ArrayList<>();
        for (WarmSlot slot : slots.values()) {
            FunctionProcess process = slot.process;
            if (process != null) {
                Thread stopper = new Thread(process::close, "rotor-function-stop");
                stopper.start();
                stoppers.add(stopper);
            }
        }
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        enclosures.close();
        FileTrees.deleteQuietly(ownsWorkDir ? workDir : workDir.resolve("tmp"));
        if (ownsWorkDir) {
            preparation.forgetWorkFolder();
        } else {
            FileTrees.deleteQuietly(workDir.resolve("logs"));
        }
    }
}
