package dev.rotor.emulator.lambda;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/** One function's place in the pool: its warm process (if any), the lock serializing its invocations, its history. */
final class WarmSlot {
    final ReentrantLock lock = new ReentrantLock(true);
    volatile FunctionProcess process;
    /** A crash armed for the next invocation, if any. */
    final AtomicReference<ArmedCrash> crash = new AtomicReference<>();
    private final Deque<Invocation> recent = new ArrayDeque<>();

    /** Remembers an invocation, keeping the last {@code kept}. */
    synchronized void remember(Invocation invocation, int kept) {
        recent.addLast(invocation);
        while (recent.size() > kept) {
            recent.removeFirst();
        }
    }

    /** The remembered invocations, oldest first. */
    synchronized List<Invocation> recent() {
        return new ArrayList<>(recent);
    }
}
