package dev.rotor.harness.action;

import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.RotationResult;
import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.emulator.rotation.StepRecord;
import dev.rotor.harness.result.StepResult;

import java.time.Duration;
import java.util.List;

/**
 * What a rotation amounted to. The one place that reads the emulator's {@link RotationRecord} and {@link StepRecord}:
 * the rest of the harness works from this summary, so a change in the emulator's records is a change here only.
 */
public record RotationSummary(String id, Status status, RotationStep failedStep, String error,
                              boolean everyStepSucceeded, List<StepResult> steps) {

    /** How a rotation ended, or that it did not end while the harness waited. */
    public enum Status { SUCCEEDED, FAILED, NOT_IDEMPOTENT, CANCELLED, ABANDONED, UNFINISHED }

    /** The summary of a rotation record; {@code waited} explains an unfinished one. */
    public static RotationSummary of(RotationRecord record, Duration waited) {
        List<StepRecord> steps = record.steps();
        Status status = status(record.result());
        boolean everyStep = !steps.isEmpty() && steps.stream().allMatch(StepRecord::succeeded)
                && steps.stream().anyMatch(s -> s.step() == RotationStep.FINISH_SECRET);
        String error = status == Status.UNFINISHED ? "did not finish within " + waited.toSeconds() + " s"
                : record.error();
        return new RotationSummary(record.id(), status, failedStep(record), error, everyStep,
                steps.stream().map(RotationSummary::step).toList());
    }

    /** The emulator's typed result, as the harness counts it (null: not finished). */
    private static Status status(RotationResult result) {
        if (result == null) {
            return Status.UNFINISHED;
        }
        if (result instanceof RotationResult.NotIdempotent) {
            return Status.NOT_IDEMPOTENT;
        }
        return switch (result.status()) {
            case SUCCEEDED -> Status.SUCCEEDED;
            case CANCELLED -> Status.CANCELLED;
            case ABANDONED -> Status.ABANDONED;
            case PENDING, RUNNING, FAILED -> Status.FAILED;
        };
    }

    /** The step a failed rotation stopped at: the failing (or repeated) step, else its last step. */
    private static RotationStep failedStep(RotationRecord record) {
        if (record.result() instanceof RotationResult.StepFailed failed) {
            return failed.step();
        }
        if (record.result() instanceof RotationResult.NotIdempotent repeat) {
            return repeat.step();
        }
        if (record.status() != RotationRecord.Status.FAILED || record.steps().isEmpty()) {
            return null;
        }
        return record.steps().get(record.steps().size() - 1).step();
    }

    /** Whether a rotation record is still pending or running. */
    public static boolean running(RotationRecord record) {
        return !record.status().finished();
    }

    private static StepResult step(StepRecord s) {
        return new StepResult(s.repeat() ? s.step().wireName() + " (repeat)" : s.step().wireName(), s.attempt(),
                s.succeeded(),
                s.durationMs(), s.errorType(), s.errorMessage());
    }

    public boolean finished() {
        return status != Status.UNFINISHED;
    }

    public boolean succeeded() {
        return status == Status.SUCCEEDED;
    }

    /** The outcome a scenario's expectation is compared with. */
    public Expectation.Outcome outcome() {
        if (status == Status.ABANDONED) {
            return new Expectation.Outcome(Expectation.Kind.ABANDONED, null, error);
        }
        return succeeded() ? Expectation.Outcome.SUCCEEDED
                : new Expectation.Outcome(Expectation.Kind.FAILS, failedStep, error);
    }
}
