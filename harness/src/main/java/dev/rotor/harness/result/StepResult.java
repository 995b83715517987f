package dev.rotor.harness.result;

/** One invocation of a rotation step as the emulator ran it. */
public record StepResult(String step, int attempt, boolean succeeded, long durationMs, String errorType,
                         String errorMessage) {
}
