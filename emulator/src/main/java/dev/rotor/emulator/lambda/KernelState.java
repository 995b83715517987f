package dev.rotor.emulator.lambda;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for process states the kernel offers no way to block on: an orphan's exit, an empty cgroup. */
final class KernelState {
    private static final long LOOK_EVERY_MILLIS = 10;

    private KernelState() {
    }

    /** Looks every 10 ms until {@code reached} holds, for {@code timeout} at most; returns whether it holds. */
    static boolean awaitUntil(BooleanSupplier reached, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(LOOK_EVERY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
