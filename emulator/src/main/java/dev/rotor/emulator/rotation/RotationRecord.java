package dev.rotor.emulator.rotation;

import java.time.Instant;
import java.util.List;

/** What the control plane shows of one rotation: its steps, attempts and outcome. */
public record RotationRecord(String id, String secretArn, String secretName, String versionId, String functionArn,
                             boolean testOnly, Status status, int attempts, List<StepRecord> steps, Instant requestedAt,
                             Instant finishedAt, String error) {

    /** Where a rotation stands. */
    public enum Status {
        PENDING, RUNNING, SUCCEEDED, FAILED, ABANDONED, CANCELLED;

        public boolean finished() {
            return this != PENDING && this != RUNNING;
        }
    }

    public long durationMs() {
        return finishedAt == null ? -1 : finishedAt.toEpochMilli() - requestedAt.toEpochMilli();
    }
}
