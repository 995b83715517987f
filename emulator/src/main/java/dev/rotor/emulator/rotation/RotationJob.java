package dev.rotor.emulator.rotation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The live state of one rotation; thread-safe. Its {@link #snapshot()} is what the control plane shows. */
final class RotationJob {
    private final String id;
    private final String secretArn;
    private final String secretName;
    private final String versionId;
    private final String functionArn;
    private final boolean testOnly;
    private final Instant requestedAt;
    private final List<StepRecord> steps = new ArrayList<>();
    private RotationRecord.Status status = RotationRecord.Status.PENDING;
    private int attempts;
    private Instant finishedAt;
    private String error;
    private boolean cancelRequested;

    RotationJob(String id, String secretArn, String secretName, String versionId, String functionArn, boolean testOnly,
                Instant requestedAt) {
        this.id = id;
        this.secretArn = secretArn;
        this.secretName = secretName;
        this.versionId = versionId;
        this.functionArn = functionArn;
        this.testOnly = testOnly;
        this.requestedAt = requestedAt;
    }

    String id() {
        return id;
    }

    String secretArn() {
        return secretArn;
    }

    String versionId() {
        return versionId;
    }

    String functionArn() {
        return functionArn;
    }

    boolean testOnly() {
        return testOnly;
    }

    synchronized int startAttempt() {
        status = RotationRecord.Status.RUNNING;
        return ++attempts;
    }

    synchronized void addStep(StepRecord step) {
        steps.add(step);
    }

    synchronized void finish(RotationRecord.Status outcome, String failure, Instant at) {
        if (status.finished()) {
            return;
        }
        status = outcome;
        error = failure;
        finishedAt = at;
        notifyAll();
    }

    synchronized void requestCancel() {
        cancelRequested = true;
    }

    synchronized boolean cancelRequested() {
        return cancelRequested;
    }

    synchronized boolean finished() {
        return status.finished();
    }

    /** Waits until the rotation finished or the timeout passed; returns the state either way. */
    synchronized RotationRecord await(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!status.finished()) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return snapshot();
    }

    synchronized RotationRecord snapshot() {
        return new RotationRecord(id, secretArn, secretName, versionId, functionArn, testOnly, status, attempts,
                List.copyOf(steps), requestedAt, finishedAt, error);
    }
}
