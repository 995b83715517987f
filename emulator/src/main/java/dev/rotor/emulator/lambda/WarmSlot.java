package dev.rotor.emulator.lambda;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/** One function's place in the pool: its warm process (if any) and the lock serializing its invocations. */
final class WarmSlot {
    final ReentrantLock lock = new ReentrantLock(true);
    volatile FunctionProcess process;
    /** A crash armed for the next invocation, if any. */
    final AtomicReference<ArmedCrash> crash = new AtomicReference<>();
}
