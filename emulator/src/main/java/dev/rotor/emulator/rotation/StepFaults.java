package dev.rotor.emulator.rotation;

import java.util.HashMap;
import java.util.Map;

/**
 * Faults to inject into rotations: the next N invocations of a step for a secret fail as if Lambda could not run
 * the function, without invoking it. Faults are data, set through the control plane or by the harness.
 */
public final class StepFaults {
    public static final String ERROR_TYPE = "Rotor.InjectedFault";

    private final Map<String, Integer> remaining = new HashMap<>();

    /** The next {@code times} invocations of {@code step} for the secret fail. */
    public synchronized void inject(String secretArn, String step, int times) {
        remaining.merge(secretArn + "|" + step, times, Integer::sum);
    }

    /** Whether this invocation must fail (and counts it). */
    synchronized boolean take(String secretArn, String step) {
        String key = secretArn + "|" + step;
        Integer left = remaining.get(key);
        if (left == null) {
            return false;
        }
        if (left <= 1) {
            remaining.remove(key);
        } else {
            remaining.put(key, left - 1);
        }
        return true;
    }

    public synchronized void clear() {
        remaining.clear();
    }
}
