package dev.rotor.emulator.rotation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.secrets.Secret;
import dev.rotor.emulator.secrets.SecretChange;
import dev.rotor.emulator.secrets.SecretsContext;
import dev.rotor.emulator.secrets.StagingLabels;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs one rotation: invokes createSecret, setSecret, testSecret and finishSecret in order (only testSecret for a
 * test rotation), stops at the first failure leaving AWSPENDING in place, retries with the same token, and on success
 * records LastRotatedDate and NextRotationDate.
 */
final class RotationRunner {
    private static final int LOG_TAIL = 4096;
    static final List<String> STEPS = List.of("createSecret", "setSecret", "testSecret", "finishSecret");

    private final SecretsContext context;
    private final StepInvoker invoker;
    private final RotationJournal journal;
    private final RotationSettings settings;
    private final StepFaults faults;
    private final ObjectMapper json = new ObjectMapper();

    RotationRunner(SecretsContext context, StepInvoker invoker, RotationJournal journal, RotationSettings settings,
                   StepFaults faults) {
        this.faults = faults;
        this.context = context;
        this.invoker = invoker;
        this.journal = journal;
        this.settings = settings;
    }

    void run(RotationJob job, String secretName) {
        try {
            runAttempts(job, secretName);
        } catch (RuntimeException e) {
            finish(job, secretName, RotationRecord.Status.FAILED, "the emulator failed: " + e.getMessage());
        } finally {
            if (job.testOnly()) {
                removeTestVersion(job);
            }
        }
    }

    private void runAttempts(RotationJob job, String secretName) {
        String rotationToken = UUID.randomUUID().toString();
        String failure = null;
        for (int attempt = 1; attempt <= settings.retries() + 1; attempt++) {
            if (attempt > 1 && !sleep(settings.retryDelay().toMillis())) {
                break;
            }
            job.startAttempt();
            journal.record(job.secretArn(), secretName, EventType.ROTATION_STARTED, job.versionId(),
                    Map.of("attempt", attempt, "rotationId", job.id()));
            failure = runSteps(job, secretName, attempt, rotationToken);
            if (failure == null) {
                complete(job, secretName);
                return;
            }
            if (job.finished()) {
                return;
            }
        }
        finish(job, secretName, RotationRecord.Status.FAILED, failure);
    }

    /** Runs the steps of one attempt; returns why it failed, or null. */
    private String runSteps(RotationJob job, String secretName, int attempt, String rotationToken) {
        for (String step : job.testOnly() ? List.of("testSecret") : STEPS) {
            if (job.cancelRequested()) {
                finish(job, secretName, RotationRecord.Status.CANCELLED, "cancelled by CancelRotateSecret");
                return "cancelled";
            }
            if (!job.testOnly() && abandoned(job)) {
                finish(job, secretName, RotationRecord.Status.ABANDONED,
                        "a new AWSCURRENT version was written by hand; AWSPENDING is gone from version " + job.versionId());
                return "abandoned";
            }
            String failure = invokeStep(job, secretName, step, attempt, rotationToken, false);
            if (failure != null) {
                return step + " failed: " + failure;
            }
            if (settings.repeatSteps()) {
                String repeated = invokeStep(job, secretName, step, attempt, rotationToken, true);
                if (repeated != null) {
                    return "not idempotent: repeating " + step + " with the same token failed: " + repeated;
                }
            }
        }
        if (!job.testOnly() && !currentIsToken(job)) {
            return "finishSecret returned, but AWSCURRENT is not on version " + job.versionId();
        }
        return null;
    }

    /** Invokes one step (or injects its fault) and records it; returns the error, or null when it succeeded. */
    private String invokeStep(RotationJob job, String secretName, String step, int attempt, String rotationToken,
                              boolean repeat) {
        Map<String, Object> invoked = new LinkedHashMap<>();
        invoked.put("step", step);
        invoked.put("attempt", attempt);
        invoked.put("repeat", repeat);
        journal.record(job.secretArn(), secretName, EventType.ROTATION_STEP_INVOKED, job.versionId(), invoked);
        Instant started = context.clock().instant();
        StepInvoker.StepOutcome outcome = faults.take(job.secretArn(), step)
                ? new StepInvoker.StepOutcome(false, null, 0, StepFaults.ERROR_TYPE,
                        "fault injected: Lambda could not run " + step, "")
                : invoker.invoke(job.functionArn(), event(step, job, rotationToken));
        job.addStep(new StepRecord(step, attempt, repeat, outcome.succeeded() ? "SUCCEEDED" : "FAILED", started,
                outcome.durationMs(), outcome.requestId(), outcome.errorType(), outcome.errorMessage(), outcome.logs()));
        Map<String, Object> detail = new LinkedHashMap<>(invoked);
        detail.put("durationMs", outcome.durationMs());
        detail.put("requestId", String.valueOf(outcome.requestId()));
        detail.put("logTail", tail(outcome.logs()));
        if (!outcome.succeeded()) {
            detail.put("errorType", String.valueOf(outcome.errorType()));
            detail.put("errorMessage", String.valueOf(outcome.errorMessage()));
        }
        journal.record(job.secretArn(), secretName, outcome.succeeded() ? EventType.ROTATION_STEP_SUCCEEDED
                : EventType.ROTATION_STEP_FAILED, job.versionId(), detail);
        return outcome.succeeded() ? null : outcome.errorType() + ": " + outcome.errorMessage();
    }

    private void complete(RotationJob job, String secretName) {
        if (!job.testOnly()) {
            context.store().write(tx -> {
                Secret secret = tx.findByArn(job.secretArn()).orElseThrow();
                SecretChange change = context.change(tx, secret);
                Instant now = change.now();
                RotationSchedule schedule = RotationSchedule.of(secret.rotation().rules());
                change.update(secret.withRotation(secret.rotation().withLastRotatedDate(now)
                        .withNextRotationDate(schedule == null ? null : schedule.nextAfter(now))));
                // AWS's backend cleans AWSPENDING off the new current version once rotation completes.
                change.labels().holderOf(StagingLabels.PENDING).filter(job.versionId()::equals)
                        .ifPresent(v -> change.labels().remove(StagingLabels.PENDING));
                change.commit();
                return null;
            });
        }
        finish(job, secretName, RotationRecord.Status.SUCCEEDED, null);
    }

    private void finish(RotationJob job, String secretName, RotationRecord.Status status, String error) {
        if (job.finished()) {
            return;
        }
        EventType type = switch (status) {
            case SUCCEEDED -> EventType.ROTATION_SUCCEEDED;
            case CANCELLED -> EventType.ROTATION_CANCELLED;
            case ABANDONED -> EventType.ROTATION_ABANDONED;
            default -> EventType.ROTATION_FAILED;
        };
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("rotationId", job.id());
        if (error != null) {
            detail.put("error", error);
        }
        journal.record(job.secretArn(), secretName, type, job.versionId(), detail);
        job.finish(status, error, context.clock().instant());
    }

    private boolean abandoned(RotationJob job) {
        return context.store().read(tx -> tx.findByArn(job.secretArn()).map(s -> {
            StagingLabels labels = StagingLabels.of(tx.labels(s.id()));
            return labels.holderOf(StagingLabels.PENDING).filter(job.versionId()::equals).isEmpty()
                    && labels.holderOf(StagingLabels.CURRENT).filter(job.versionId()::equals).isEmpty();
        }).orElse(true));
    }

    private boolean currentIsToken(RotationJob job) {
        return context.store().read(tx -> tx.findByArn(job.secretArn())
                .flatMap(s -> StagingLabels.of(tx.labels(s.id())).holderOf(StagingLabels.CURRENT))
                .filter(job.versionId()::equals).isPresent());
    }

    /** A test rotation's temporary AWSPENDING copy goes away whatever the outcome. */
    private void removeTestVersion(RotationJob job) {
        context.store().write(tx -> {
            tx.findByArn(job.secretArn()).ifPresent(secret -> {
                SecretChange change = context.change(tx, secret);
                change.labels().holderOf(StagingLabels.PENDING).filter(job.versionId()::equals)
                        .ifPresent(v -> change.labels().remove(StagingLabels.PENDING));
                if (!change.labels().isLabelled(job.versionId())) {
                    change.removeVersion(job.versionId());
                }
                change.commit();
            });
            return null;
        });
    }

    private String event(String step, RotationJob job, String rotationToken) {
        Map<String, String> event = new LinkedHashMap<>();
        event.put("Step", step);
        event.put("SecretId", job.secretArn());
        event.put("ClientRequestToken", job.versionId());
        event.put("RotationToken", rotationToken);
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The end of a step's log, for the journal (the whole log stays with the rotation record). */
    private static String tail(String logs) {
        if (logs == null) {
            return "";
        }
        return logs.length() <= LOG_TAIL ? logs : "..." + logs.substring(logs.length() - LOG_TAIL);
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
