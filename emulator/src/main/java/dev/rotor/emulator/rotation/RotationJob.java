package dev.rotor.emulator.rotation;

import dev.rotor.emulator.secrets.PendingRotation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The live state of one rotation; thread-safe. Its {@link #snapshot()} is what the admin interface shows. */
final class RotationJob {
    private final String id;
    private final PendingRotation pending;
    private final List<StepRecord> steps = new ArrayList<>();
    private RotationRecord.Status status = RotationRecord.Status.PENDING;
    private int attempts;
    private Instant finishedAt;
    private RotationResult result;
    private boolean cancelRequested;
    private boolean compacted;

    RotationJob(String id, PendingRotation pending) {
        this.id = id;
        this.pending = pending;
    }

    String id() {
        return id;
    }

    String secretArn() {
        return pending.secretArn();
    }

    String secretName() {
        return pending.secretName();
    }

    String versionId() {
        return pending.versionId();
    }

    String functionArn() {
        return pending.functionArn();
    }

    boolean testOnly() {
        return pending.testOnly();
    }

    synchronized int startAttempt() {
        status = RotationRecord.Status.RUNNING;
        return ++attempts;
    }

    synchronized void addStep(StepRecord step) {
        steps.add(step);
    }

    /** How many characters of text its steps hold, until it is compacted (then counted as none). */
    synchronized long chars() {
        return compacted ? 0 : steps.stream().mapToLong(step -> step.invocation().chars()).sum();
    }

    /** Makes the record small, once: {@code note} in place of every step's logs, the rest of their texts cut. */
    synchronized void compact(String note) {
        if (!compacted) {
            compacted = true;
            steps.replaceAll(step -> step.compacted(note));
            if (result != null) {
                result = result.withInvocation(invocation -> StepRecord.compacted(invocation, note));
            }
        }
    }

    synchronized void finish(RotationResult outcome, Instant at) {
        if (status.finished()) {
            return;
        }
        status = outcome.status();
        result = outcome;
        finishedAt = at;
        notifyAll();
    }

    synchronized void requestCancel() {
        cancelRequested = true;
        notifyAll();
    }

    synchronized boolean cancelRequested() {
        return cancelRequested;
    }

    /** Waits {@code delay} (a retry's delay); returns early, true, when the rotation is cancelled meanwhile. */
    synchronized boolean cancelledWithin(Duration delay) throws InterruptedException {
        long deadline = System.nanoTime() + delay.toNanos();
        while (!cancelRequested) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    synchronized boolean finished() {
        return status.finished();
    }

    /** Waits until the rotation finished or the timeout passed; returns the state either way. */
    synchronized RotationRecord await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!status.finished()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return snapshot();
    }

    synchronized RotationRecord snapshot() {
        return new RotationRecord(id, pending.secretArn(), pending.secretName(), pending.versionId(),
                pending.functionArn(), pending.testOnly(), status, attempts, steps, pending.requestedAt(), finishedAt,
                result);
    }
}
