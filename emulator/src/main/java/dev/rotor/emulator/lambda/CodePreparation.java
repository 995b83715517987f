package dev.rotor.emulator.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Gets functions ready to run, as Lambda does when a function is deployed: checks that they can run, unpacks the code
 * into a task root (in the background, so a first cold start only starts the process), extracts the runtime's files
 * once, and says how each runtime starts its process (with AppCDS archives for Java when enabled).
 */
final class CodePreparation implements AutoCloseable {
    /** The name prefix of a host's temporary work folder (under {@code java.io.tmpdir}). */
    static final String TEMPORARY_WORK_FOLDER = "rotor-lambda";

    private final Path workDir;
    private final Path cacheDir;
    private final AppCdsArchives archives;
    private final ExecutorService preparer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rotor-function-prepare");
        thread.setDaemon(true);
        return thread;
    });
    private final ConcurrentMap<String, CompletableFuture<Void>> preparing = new ConcurrentHashMap<>();
    /** One lock per package version: functions sharing a package wait for one unzip instead of each unzipping. */
    private final ConcurrentMap<String, Object> unpacking = new ConcurrentHashMap<>();
    private final PythonRuntimeCommand python;
    private final PythonBytecodeCache bytecode;
    private volatile RuntimeClasspath runtime;

    /**
     * {@code appCds} records an archive per (JDK, code) and starts later processes from it. Deletes what earlier runs
     * left behind: stale task roots in the work folder (no process runs from it yet), the byte code of temporary
     * work folders that are gone, and AppCDS archives beyond their bounds.
     */
    CodePreparation(Path workDir, Path cacheDir, boolean appCds) {
        this.workDir = workDir;
        this.cacheDir = cacheDir;
        this.archives = appCds ? new AppCdsArchives(cacheDir.resolve("appcds")) : null;
        this.bytecode = PythonBytecodeCache.in(cacheDir);
        this.python = new PythonRuntimeCommand(new PythonInterpreters(System.getenv("PATH")), cacheDir);
        TaskRoot.deleteStale(workDir).forEach(bytecode::deleteMirrorOf);
        if (archives != null) {
            archives.sweep();
        }
        bytecode.deleteMirrorsOfGone(Path.of(System.getProperty("java.io.tmpdir")), TEMPORARY_WORK_FOLDER);
    }

    /** Deletes the byte code of the work folder's task roots, as the host deletes the folder itself. */
    void forgetWorkFolder() {
        bytecode.deleteMirrorOf(workDir);
    }

    /**
     * Refuses, with a clear message, a function that cannot run as registered: code that is not there, a package
     * that is not a zip, unpacks outside its folder or is larger than Lambda allows, a Python function without an
     * interpreter or without boto3.
     */
    void check(FunctionDefinition function) {
        Path code = function.code();
        if (!Files.exists(code)) {
            throw new IllegalArgumentException("The code of function " + function.name() + " is not there: code"
                    + " must name a jar, zip or folder that exists on the emulator's machine.");
        }
        if (Files.isRegularFile(code)) {
            try {
                ZipPackage.check(code);
            } catch (IOException e) {
                throw new IllegalArgumentException("Function " + function.name() + ": " + e.getMessage(), e);
            }
        }
        if (function.runtime().isPython()) {
            python.check(function);
        }
    }

    /**
     * Unpacks the function's code in the background (unzipping a 9 MB jar otherwise adds 0.4-0.9 s to the first
     * invocation). Failures are left for the invocation to report. The future completes when it is done.
     */
    CompletableFuture<Void> prepareInBackground(FunctionDefinition function) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            preparing.put(function.name(), done);
            preparer.execute(() -> {
                try {
                    if (function.runtime().isJava()) {
                        runtime();
                    }
                    taskRoot(function.code());
                } catch (RuntimeException reportedByTheInvocation) {
                    // the invocation prepares again and reports what fails
                } finally {
                    preparing.remove(function.name(), done); // only preparations under way are remembered
                    done.complete(null);
                }
            });
        } catch (RejectedExecutionException closing) {
            preparing.remove(function.name(), done);
            done.complete(null);
        }
        return done;
    }

    /** The code ready to run: waits for a background preparation first, so the code is not unzipped twice. */
    PreparedCode prepare(FunctionDefinition function) throws IOException {
        awaitBackground(function.name());
        String fingerprint = TaskRoot.fingerprint(function.code());
        Path taskRoot = taskRoot(function.code());
        Path scratch = Files.createDirectories(workDir.resolve("tmp").resolve(function.name()));
        return new PreparedCode(function, fingerprint, taskRoot, scratch);
    }

    private Path taskRoot(Path code) {
        synchronized (unpacking.computeIfAbsent(TaskRoot.fingerprint(code), version -> new Object())) {
            return TaskRoot.prepare(code, workDir);
        }
    }

    /** How the function's runtime starts its process. */
    RuntimeCommand commandFor(FunctionDefinition function) {
        return switch (function.runtime().family()) {
            case JAVA -> new JavaRuntimeCommand(runtime(), archives);
            case PYTHON -> python;
            case PROVIDED -> new ProvidedRuntimeCommand(runtime().directory());
        };
    }

    /** Settles a process's AppCDS plan once it has exited: a recorded archive is kept only if {@code keep}. */
    void finish(AppCdsArchives.Plan plan, boolean keep) {
        if (archives != null) {
            archives.finish(plan, keep);
        }
    }

    /** Whether a process's code changed since it was prepared (a deleted code keeps the process running). */
    static boolean changed(PreparedCode code, FunctionDefinition now) {
        if (!code.function().equals(now)) {
            return true;
        }
        try {
            return !TaskRoot.fingerprint(now.code()).equals(code.fingerprint());
        } catch (UncheckedIOException gone) {
            return false;
        }
    }

    private void awaitBackground(String functionName) {
        CompletableFuture<Void> pending = preparing.remove(functionName);
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

    private RuntimeClasspath runtime() {
        RuntimeClasspath current = runtime;
        if (current == null) {
            synchronized (this) {
                current = runtime;
                if (current == null) {
                    current = RuntimeClasspath.extract(cacheDir);
                    runtime = current;
                }
            }
        }
        return current;
    }

    /** Stops background preparation (waiting for a running one, before the work folder is deleted under it). */
    @Override
    public void close() {
        preparer.shutdownNow();
        try {
            preparer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
