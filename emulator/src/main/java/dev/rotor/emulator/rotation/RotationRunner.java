package dev.rotor.emulator.rotation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.lambda.Excerpt;
import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.secrets.RotationLedger;
import dev.rotor.emulator.secrets.RotationPolicy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs one rotation: invokes createSecret, setSecret, testSecret and finishSecret in order (only testSecret for a
 * test rotation), through the secret's armed faults, stops at the first failure leaving AWSPENDING in place, retries
 * with the same token, and on success records LastRotatedDate and NextRotationDate. Ends with a typed result.
 */
final class RotationRunner {
    /**
     * Characters of a step's log (its end) and of an error message in a journal event (the rotation record keeps
     * more): small, as journals are long.
     */
    private static final int JOURNAL_TEXT = 1024;

    private final RotationLedger ledger;
    private final RotationPolicy policy;
    private final Clock clock;
    private final StepInvoker invoker;
    private final RotationSettings settings;
    private final ArmedFaults faults;
    private final ObjectMapper json = new ObjectMapper();

    RotationRunner(RotationLedger ledger, RotationPolicy policy, Clock clock, StepInvoker invoker,
                   RotationSettings settings, ArmedFaults faults) {
        this.ledger = ledger;
        this.policy = policy;
        this.clock = clock;
        this.invoker = invoker;
        this.settings = settings;
        this.faults = faults;
    }

    void run(RotationJob job) {
        try {
            finish(job, runAttempts(job));
        } catch (RuntimeException e) {
            finish(job, new RotationResult.EmulatorError(String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(job, new RotationResult.EmulatorError("interrupted while waiting to retry"));
        } finally {
            if (job.testOnly()) {
                ledger.removeTestVersion(job.secretArn(), job.versionId());
            }
        }
    }

    private RotationResult runAttempts(RotationJob job) throws InterruptedException {
        String rotationToken = UUID.randomUUID().toString();
        RotationResult result = null;
        for (int attempt = 1; attempt <= settings.retries() + 1; attempt++) {
            if (attempt > 1 && job.cancelledWithin(settings.retryDelay())) {
                return new RotationResult.Cancelled();
            }
            job.startAttempt();
            ledger.record(job.secretArn(), job.secretName(), EventType.ROTATION_STARTED, job.versionId(),
                    Map.of("attempt", attempt, "rotationId", job.id()));
            try {
                result = runSteps(job, attempt, rotationToken);
            } finally {
                faults.afterAttempt(job.secretArn());
            }
            if (!retryable(result)) {
                return result;
            }
        }
        return result;
    }

    private static boolean retryable(RotationResult result) {
        return result.status() == RotationRecord.Status.FAILED;
    }

    /**
     * Runs the steps of one attempt. Each step's after-step hooks run once the step is over (with its repeat), and
     * once the outcome of the whole attempt is known for the last step: a race after finishSecret cannot undo it.
     */
    private RotationResult runSteps(RotationJob job, int attempt, String rotationToken) {
        List<RotationStep> steps = RotationStep.of(job.testOnly());
        for (RotationStep step : steps) {
            if (job.cancelRequested()) {
                return new RotationResult.Cancelled();
            }
            if (!job.testOnly() && ledger.abandoned(job.secretArn(), job.versionId())) {
                return new RotationResult.Abandoned(job.versionId());
            }
            StepCall call = new StepCall(job.secretArn(), job.versionId(), job.id(), job.functionArn(), step, attempt,
                    false, event(step, job, rotationToken));
            Invocation last = invokeStep(job, call);
            RotationResult failed = last.succeeded() ? null : new RotationResult.StepFailed(step, last);
            if (failed == null && settings.repeatSteps()) {
                call = call.asRepeat();
                last = invokeStep(job, call);
                failed = last.succeeded() ? null : new RotationResult.NotIdempotent(step, last);
            }
            if (failed == null && step == steps.get(steps.size() - 1) && !job.testOnly()
                    && !ledger.isCurrent(job.secretArn(), job.versionId())) {
                failed = new RotationResult.CurrentNotMoved(job.versionId());
            }
            faults.afterStep(call, last);
            if (failed != null) {
                return failed;
            }
        }
        return new RotationResult.Succeeded();
    }

    /** Invokes one step through the armed faults and records it. */
    private Invocation invokeStep(RotationJob job, StepCall call) {
        Map<String, Object> invoked = new LinkedHashMap<>();
        invoked.put("step", call.step().wireName());
        invoked.put("attempt", call.attempt());
        invoked.put("repeat", call.repeat());
        ledger.record(job.secretArn(), job.secretName(), EventType.ROTATION_STEP_INVOKED, job.versionId(), invoked);
        Invocation invocation = faults.invoke(call, () -> invoker.invoke(call.functionArn(), call.event()))
                .kept(StepRecord.KEPT_CHARS);
        job.addStep(new StepRecord(call.step(), call.attempt(), call.repeat(), invocation));
        Map<String, Object> detail = new LinkedHashMap<>(invoked);
        detail.put("durationMs", invocation.duration().toMillis());
        detail.put("requestId", String.valueOf(invocation.requestId()));
        detail.put("logTail", tail(invocation.logs()));
        if (!invocation.succeeded()) {
            detail.put("errorType", String.valueOf(invocation.errorType()));
            detail.put("errorMessage", String.valueOf(Excerpt.of(invocation.error().errorMessage(), JOURNAL_TEXT)));
        }
        ledger.record(job.secretArn(), job.secretName(), invocation.succeeded() ? EventType.ROTATION_STEP_SUCCEEDED
                : EventType.ROTATION_STEP_FAILED, job.versionId(), detail);
        return invocation;
    }

    private void finish(RotationJob job, RotationResult result) {
        if (job.finished()) {
            return;
        }
        if (result instanceof RotationResult.Succeeded && !job.testOnly()) {
            ledger.complete(job.secretArn(), job.versionId(), policy);
        }
        EventType type = switch (result.status()) {
            case SUCCEEDED -> EventType.ROTATION_SUCCEEDED;
            case CANCELLED -> EventType.ROTATION_CANCELLED;
            case ABANDONED -> EventType.ROTATION_ABANDONED;
            default -> EventType.ROTATION_FAILED;
        };
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("rotationId", job.id());
        if (result.message() != null) {
            detail.put("error", Excerpt.of(result.message(), JOURNAL_TEXT));
        }
        ledger.record(job.secretArn(), job.secretName(), type, job.versionId(), detail);
        job.finish(result, clock.instant());
    }

    private String event(RotationStep step, RotationJob job, String rotationToken) {
        Map<String, String> event = new LinkedHashMap<>();
        event.put("Step", step.wireName());
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
        return logs.length() <= JOURNAL_TEXT ? logs : "..." + logs.substring(logs.length() - JOURNAL_TEXT);
    }
}
