package dev.rotor.emulator.lambda;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An invocation handed to a function process, and its timeout: one state machine. It is queued until the runtime's
 * {@code next} call takes it (dispatched: the function's timeout starts), and done at the first answer, from the
 * runtime, from the process's exit, or from {@link #await} when a deadline passes. Later answers are ignored.
 */
final class PendingInvocation {
    final String requestId;
    final String functionArn;
    final String event;
    final Duration timeout;
    private long deadlineMillis = -1;
    private InvocationOutcome outcome;
    private final List<Runnable> dispatchHooks = new ArrayList<>();

    PendingInvocation(String requestId, String functionArn, String event, Duration timeout) {
        this.requestId = requestId;
        this.functionArn = functionArn;
        this.event = event;
        this.timeout = timeout;
    }

    /** The runtime took the event: the function's timeout starts. Returns the deadline (epoch ms) for its header. */
    long dispatch() {
        List<Runnable> hooks;
        long deadline;
        synchronized (this) {
            deadline = System.currentTimeMillis() + timeout.toMillis();
            deadlineMillis = deadline;
            notifyAll();
            hooks = List.copyOf(dispatchHooks);
            dispatchHooks.clear();
        }
        hooks.forEach(Runnable::run);
        return deadline;
    }

    /** Runs {@code hook} when the runtime takes the event (at once if it took it already). */
    void onDispatch(Runnable hook) {
        synchronized (this) {
            if (deadlineMillis < 0) {
                dispatchHooks.add(hook);
                return;
            }
        }
        hook.run();
    }

    synchronized boolean answered() {
        return outcome != null;
    }

    synchronized boolean dispatched() {
        return deadlineMillis >= 0;
    }

    /** Answers the invocation, unless it was answered already. */
    synchronized void answer(InvocationOutcome answer) {
        if (outcome == null) {
            outcome = answer;
            notifyAll();
        }
    }

    /**
     * Waits for the answer. Before the runtime takes the event, init may take up to {@code initTimeout}; from then
     * on the function's own timeout applies. A deadline that passes answers the invocation as timed out.
     */
    synchronized InvocationOutcome await(Duration initTimeout) throws InterruptedException {
        long initDeadline = System.currentTimeMillis() + initTimeout.toMillis();
        while (outcome == null) {
            long until = deadlineMillis >= 0 ? deadlineMillis : initDeadline;
            long left = until - System.currentTimeMillis();
            if (left <= 0) {
                outcome = deadlineMillis >= 0 ? InvocationOutcome.timedOut(requestId, "Task", timeout)
                        : InvocationOutcome.timedOut(requestId, "Init", initTimeout);
                break;
            }
            wait(left);
        }
        return outcome;
    }
}
