package dev.rotor.emulator.rotation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * One rotation as the admin interface shows it: its steps (each with the function's outcome), attempts and, once
 * finished, its typed {@link RotationResult} ({@code null} while it runs). {@code error} is the result's message.
 */
public record RotationRecord(String id, String secretArn, String secretName, String versionId, String functionArn,
                             boolean testOnly, Status status, int attempts, List<StepRecord> steps, Instant requestedAt,
                             Instant finishedAt, RotationResult result) {

    /** Where a rotation stands. */
    public enum Status {
        PENDING, RUNNING, SUCCEEDED, FAILED, ABANDONED, CANCELLED;

        public boolean finished() {
            return this != PENDING && this != RUNNING;
        }
    }

    public RotationRecord {
        steps = List.copyOf(steps);
    }

    /** Why it did not succeed, for people; null while it runs or when it succeeded. */
    @JsonProperty
    public String error() {
        return result == null ? null : result.message();
    }

    public long durationMs() {
        return finishedAt == null ? -1 : finishedAt.toEpochMilli() - requestedAt.toEpochMilli();
    }
}
