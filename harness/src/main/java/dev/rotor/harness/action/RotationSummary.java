package dev.rotor.harness.action;

import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.emulator.rotation.StepRecord;
import dev.rotor.harness.result.StepResult;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
        Optional<StepRecord> firstFailed = steps.stream().filter(s -> !s.succeeded()).findFirst();
        Optional<StepRecord> lastFailed = steps.stream().filter(s -> !s.succeeded()).reduce((a, b) -> b);
        Status status = switch (record.status()) {
            case PENDING, RUNNING -> Status.UNFINISHED;
            case SUCCEEDED -> Status.SUCCEEDED;
            case CANCELLED -> Status.CANCELLED;
            case ABANDONED -> Status.ABANDONED;
            // the second invocation of a step with the same token failed: the emulator repeats steps (repeat=true)
            case FAILED -> lastFailed.filter(StepRecord::repeat).isPresent() ? Status.NOT_IDEMPOTENT : Status.FAILED;
        };
        Optional<StepRecord> failedAt = firstFailed.isPresent() || record.status() != RotationRecord.Status.FAILED
                ? firstFailed : steps.stream().reduce((a, b) -> b);
        boolean everyStep = !steps.isEmpty() && firstFailed.isEmpty()
                && steps.stream().anyMatch(s -> s.step().equals(RotationStep.FINISH_SECRET.wireName()));
        String error = status == Status.UNFINISHED ? "did not finish within " + waited.toSeconds() + " s"
                : record.error();
        return new RotationSummary(record.id(), status,
                failedAt.flatMap(s -> RotationStep.fromWireName(s.step())).orElse(null), error, everyStep,
                steps.stream().map(RotationSummary::step).toList());
    }

    /** Whether a rotation record is still pending or running. */
    public static boolean running(RotationRecord record) {
        return !record.status().finished();
    }

    private static StepResult step(StepRecord s) {
        return new StepResult(s.repeat() ? s.step() + " (repeat)" : s.step(), s.attempt(), s.succeeded(),
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
        return succeeded() ? Expectation.Outcome.SUCCEEDED
                : new Expectation.Outcome(Expectation.Kind.FAILS, failedStep, error);
    }
}
