package dev.rotor.emulator.rotation;

import java.time.Duration;

/**
 * How rotations run: retries of a failed rotation (AWS retries an undocumented number of times; Rotor's default is
 * none, so failures show at once), the delay between them, whether RotateSecret waits for the outcome, how often the
 * scheduler looks for due rotations, and whether every step is invoked twice with the same token (an idempotency
 * check: Secrets Manager may re-run any step).
 */
public record RotationSettings(int retries, Duration retryDelay, boolean synchronous, Duration scanInterval,
                               boolean repeatSteps) {

    public static RotationSettings defaults() {
        return new RotationSettings(0, Duration.ofSeconds(1), false, Duration.ofSeconds(5), false);
    }

    public RotationSettings withRetries(int value, Duration delay) {
        return new RotationSettings(value, delay, synchronous, scanInterval, repeatSteps);
    }

    public RotationSettings withSynchronous(boolean value) {
        return new RotationSettings(retries, retryDelay, value, scanInterval, repeatSteps);
    }

    public RotationSettings withRepeatSteps(boolean value) {
        return new RotationSettings(retries, retryDelay, synchronous, scanInterval, value);
    }
}
