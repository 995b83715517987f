package dev.rotor.emulator.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the registered functions as AWS Lambda does: one warm process per function (a child JVM under the official
 * Runtime Interface Client, or a {@code provided} bootstrap), invocations of one function one at a time, different
 * functions in parallel. A process that timed out, crashed or failed to initialise is killed and replaced on the next
 * invocation, as is one whose definition or code changed. Never throws because of what a function does.
 */
public final class FunctionHost implements AutoCloseable {

    /**
     * Tuning knobs.
     *
     * @param logLimitBytes      output kept per invocation (head and tail; the middle is dropped with a note)
     * @param recentInvocations  invocations kept per function for {@link #recentInvocations}
     * @param initTimeout        how long a new process may take before it asks for its first event (Lambda: 10 s)
     * @param appCds             record an AppCDS archive per (JDK, code) and start later processes from it
     */
    public record Options(int logLimitBytes, int recentInvocations, Duration initTimeout, boolean appCds) {

        public static Options defaults() {
            return new Options(1024 * 1024, 20, Duration.ofSeconds(10), true);
        }

        public Options withLogLimitBytes(int logLimitBytes) {
            return new Options(logLimitBytes, recentInvocations, initTimeout, appCds);
        }

        public Options withAppCds(boolean appCds) {
            return new Options(logLimitBytes, recentInvocations, initTimeout, appCds);
        }

        public Options withInitTimeout(Duration initTimeout) {
            return new Options(logLimitBytes, recentInvocations, initTimeout, appCds);
        }
    }

    private final LambdaSettings settings;
    private final FunctionRegistry registry;
    private final Options options;
    private final Path workDir;
    private final ExecutorService preparer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rotor-function-prepare");
        thread.setDaemon(true);
        return thread;
    });
    private final ConcurrentMap<String, Future<?>> preparing = new ConcurrentHashMap<>();
    private final boolean ownsWorkDir;
    private final ObjectMapper json = new ObjectMapper();
    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();
    private final List<InvocationListener> listeners = new CopyOnWriteArrayList<>();
    private final AppCdsArchives archives;
    private volatile RuntimeClasspath runtime;
    private volatile boolean closed;
    /** Kills the function processes if the emulator's JVM exits without closing the host. */
    private final Thread shutdownHook = new Thread(this::close, "rotor-function-host-shutdown");

    /** The warm process and recent history of one function. */
    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        volatile FunctionProcess process;
        final Deque<Invocation> recent = new ArrayDeque<>();
    }

    public FunctionHost(LambdaSettings settings, FunctionRegistry registry) {
        this(settings, registry, Options.defaults());
    }

    public FunctionHost(LambdaSettings settings, FunctionRegistry registry, Options options) {
        this.settings = Objects.requireNonNull(settings);
        this.registry = Objects.requireNonNull(registry);
        this.options = Objects.requireNonNull(options);
        try {
            if (settings.workDir() != null) {
                this.workDir = Files.createDirectories(settings.workDir().resolve("lambda"));
                this.ownsWorkDir = false;
            } else {
                this.workDir = Files.createTempDirectory("rotor-lambda");
                this.ownsWorkDir = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the function work folder", e);
        }
        this.archives = options.appCds() ? new AppCdsArchives(settings.effectiveCacheDir().resolve("appcds")) : null;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        registry.list().forEach(function -> prepare(function.name()));
    }

    /**
     * Unpacks a function's code into its task root (and the runtime's class path) in the background, as Lambda does
     * when the function is deployed, so that the first cold start only starts the process: unzipping a 9 MB jar
     * otherwise adds 0.4-0.9 s to the first invocation. Called for the functions registered when the host starts;
     * call it for functions registered later. Failures are left for the invocation to report.
     */
    public void prepare(String nameOrArn) {
        registry.find(nameOrArn).ifPresent(function -> {
            try {
                preparing.put(function.name(), preparer.submit(() -> {
                    try {
                        if (function.runtime().isJava()) {
                            runtime();
                        }
                        TaskRoot.prepare(function.name(), function.code(), workDir);
                    } catch (RuntimeException reportedByTheInvocation) {
                        // the invocation prepares again and reports what fails
                    }
                }));
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // the host is closing
            }
        });
    }

    /** Waits for a background {@link #prepare} of the function, so a cold start does not unzip the code twice. */
    private void awaitPrepared(String functionName) {
        Future<?> pending = preparing.remove(functionName);
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException notThrown) {
            // the task catches what it can
        }
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
        Slot slot = slots.computeIfAbsent(function.name(), name -> new Slot());
        slot.lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("The function host is closed");
            }
            return invokeLocked(function, slot, eventJson);
        } finally {
            slot.lock.unlock();
        }
    }

    private Invocation invokeLocked(FunctionDefinition function, Slot slot, String eventJson) {
        String requestId = UUID.randomUUID().toString();
        String arn = registry.arnOf(function.name());
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        FunctionProcess process = slot.process;
        if (process != null && (!process.isAlive() || !process.definition.equals(function)
                || !process.codeFingerprint.equals(fingerprintOrSame(function, process)))) {
            process.close();
            process = null;
        }
        boolean cold = process == null;
        listeners.forEach(listener -> listener.invocationStarted(requestId, function, eventJson, cold));
        Invocation invocation;
        try {
            if (cold) {
                awaitPrepared(function.name());
                process = FunctionProcess.start(function, settings, runtime(), workDir, archives,
                        options.logLimitBytes(), json);
                slot.process = process;
            }
            PendingInvocation pending = new PendingInvocation(requestId, arn, eventJson, function.timeout());
            PendingInvocation.Answer answer = process.invoke(pending, options.initTimeout());
            String logs = process.takeLogs();
            if (answer.outcome() != Invocation.Outcome.SUCCEEDED && answer.outcome() != Invocation.Outcome.FAILED) {
                process.kill();
                slot.process = null;
            }
            invocation = new Invocation(requestId, arn, eventJson, answer.outcome(), answer.response(), answer.error(),
                    started, Duration.ofNanos(System.nanoTime() - startNanos), logs, cold);
        } catch (IOException | RuntimeException e) {
            // the process could not be launched at all (missing code, bootstrap or java): Lambda's InvalidEntrypoint
            if (process != null) {
                process.kill();
            }
            slot.process = null;
            invocation = new Invocation(requestId, arn, eventJson, Invocation.Outcome.INIT_FAILED, null,
                    new FunctionError(e.getClass().getName(), String.valueOf(e.getMessage()), List.of(),
                            "Runtime.InvalidEntrypoint"),
                    started, Duration.ofNanos(System.nanoTime() - startNanos), "", cold);
        }
        synchronized (slot.recent) {
            slot.recent.addLast(invocation);
            while (slot.recent.size() > options.recentInvocations()) {
                slot.recent.removeFirst();
            }
        }
        Invocation finished = invocation;
        listeners.forEach(listener -> listener.invocationFinished(finished));
        return invocation;
    }

    private static String fingerprintOrSame(FunctionDefinition function, FunctionProcess process) {
        try {
            return TaskRoot.fingerprint(function.code());
        } catch (UncheckedIOException gone) {
            return process.codeFingerprint; // code deleted under a running process: keep it running
        }
    }

    /** The last invocations of a function, oldest first (kept even after the function is removed). */
    public List<Invocation> recentInvocations(String nameOrArn) {
        String name = registry.find(nameOrArn).map(FunctionDefinition::name).orElse(nameOrArn);
        Slot slot = slots.get(name);
        if (slot == null) {
            return List.of();
        }
        synchronized (slot.recent) {
            return new ArrayList<>(slot.recent);
        }
    }

    /** The pid of the function's warm process, if it has one. */
    public OptionalLong processId(String nameOrArn) {
        String name = registry.find(nameOrArn).map(FunctionDefinition::name).orElse(nameOrArn);
        Slot slot = slots.get(name);
        FunctionProcess process = slot == null ? null : slot.process;
        return process != null && process.isAlive() ? OptionalLong.of(process.pid()) : OptionalLong.empty();
    }

    /** Stops the function's warm process (waiting for a running invocation); the next invocation starts a new one. */
    public void restart(String nameOrArn) {
        String name = registry.find(nameOrArn).map(FunctionDefinition::name).orElse(nameOrArn);
        Slot slot = slots.get(name);
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
        } finally {
            slot.lock.unlock();
        }
    }

    private RuntimeClasspath runtime() {
        RuntimeClasspath current = runtime;
        if (current == null) {
            synchronized (this) {
                current = runtime;
                if (current == null) {
                    current = RuntimeClasspath.extract(settings.effectiveCacheDir());
                    runtime = current;
                }
            }
        }
        return current;
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
        preparer.shutdownNow();
        try {
            preparer.awaitTermination(10, TimeUnit.SECONDS); // before the work folder is deleted under it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Thread> stoppers = new ArrayList<>();
        for (Slot slot : slots.values()) {
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
        if (ownsWorkDir) {
            FileTrees.deleteQuietly(workDir);
        } else {
            FileTrees.deleteQuietly(workDir.resolve("tmp"));
        }
    }
}
