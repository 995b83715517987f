package dev.rotor.emulator.rotation;

import java.time.Instant;

/**
 * One invocation of one rotation step: its outcome, timing and the function's error and logs. {@code repeat} marks
 * the second invocation of a step made to check idempotency.
 */
public record StepRecord(String step, int attempt, boolean repeat, String outcome, Instant startedAt, long durationMs,
                         String requestId, String errorType, String errorMessage, String logs) {

    public boolean succeeded() {
        return "SUCCEEDED".equals(outcome);
    }
}
