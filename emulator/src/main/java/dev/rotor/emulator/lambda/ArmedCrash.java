package dev.rotor.emulator.lambda;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A crash armed for a function's next invocation ({@link FunctionHost#crashNextInvocation}): its process is killed
 * {@code after} the runtime took the event, unless the invocation answered first; the invocation then ends
 * {@link FailureKind#CRASHED}, as Lambda reports a runtime that exited. Closing it disarms what did not happen yet.
 */
public final class ArmedCrash implements AutoCloseable {
    private final Duration after;
    private final AtomicReference<ArmedCrash> armedIn;
    private boolean closed;
    private boolean killed;

    /** Arms the crash in {@code armedIn} (a function's slot), which the host empties when an invocation takes it. */
    ArmedCrash(Duration after, AtomicReference<ArmedCrash> armedIn) {
        this.after = after;
        this.armedIn = armedIn;
        armedIn.set(this);
    }

    /** Attaches the crash to the invocation the host is about to hand to {@code process}. */
    void attach(PendingInvocation invocation, FunctionProcess process) {
        invocation.onDispatch(() -> CompletableFuture.delayedExecutor(after.toNanos(), TimeUnit.NANOSECONDS)
                .execute(() -> kill(invocation, process)));
    }

    private synchronized void kill(PendingInvocation invocation, FunctionProcess process) {
        if (!closed && !invocation.answered()) {
            killed = true;
            process.crash();
        }
    }

    /** Whether the process was killed while it ran the invocation. */
    public synchronized boolean killed() {
        return killed;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        armedIn.compareAndSet(this, null);
    }
}
