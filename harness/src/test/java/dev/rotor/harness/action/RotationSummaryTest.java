package dev.rotor.harness.action;

import dev.rotor.emulator.lambda.FailureKind;
import dev.rotor.emulator.lambda.FunctionError;
import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.lambda.InvocationOutcome;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.RotationResult;
import dev.rotor.emulator.rotation.RotationRecord.Status;
import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.emulator.rotation.StepRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RotationSummaryTest {
    private static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");
    private static final Duration WAITED = Duration.ofSeconds(300);

    private static StepRecord step(String name, boolean repeat, boolean succeeded) {
        InvocationOutcome outcome = succeeded ? new InvocationOutcome.Succeeded("{}")
                : new InvocationOutcome.Failed(FailureKind.CRASHED, new FunctionError("Runtime.ExitError", "boom",
                        List.of(), "Runtime.ExitError"));
        return new StepRecord(RotationStep.fromWireName(name).orElseThrow(), 1, repeat,
                new Invocation("req-" + name, "fn", "{}", outcome, AT, Duration.ofMillis(12), "", false));
    }

    private static RotationRecord record(RotationResult result, StepRecord... steps) {
        Status status = result == null ? Status.RUNNING : result.status();
        return new RotationRecord("rot-1", "arn", "name", "v-1", "fn", false, status, 1, List.of(steps), AT,
                status.finished() ? AT.plusSeconds(1) : null, result);
    }

    private static StepRecord[] allFour() {
        List<StepRecord> steps = new ArrayList<>();
        for (String name : RotationStep.wireNames()) {
            steps.add(step(name, false, true));
            steps.add(step(name, true, true));
        }
        return steps.toArray(StepRecord[]::new);
    }

    @Test
    void aRotationWhoseEveryStepSucceededSucceeded() {
        RotationSummary summary = RotationSummary.of(record(new RotationResult.Succeeded(), allFour()), WAITED);

        assertThat(summary.status()).isEqualTo(RotationSummary.Status.SUCCEEDED);
        assertThat(summary.everyStepSucceeded()).isTrue();
        assertThat(summary.outcome()).isEqualTo(Expectation.Outcome.SUCCEEDED);
        assertThat(summary.steps()).hasSize(8).element(1).satisfies(s -> assertThat(s.step())
                .isEqualTo("createSecret (repeat)"));
    }

    @Test
    void aFailedStepIsTheStepTheRotationFailedAt() {
        StepRecord failed = step("setSecret", false, false);
        RotationSummary summary = RotationSummary.of(record(new RotationResult.StepFailed(RotationStep.SET_SECRET,
                failed.invocation()), step("createSecret", false, true), failed), WAITED);

        assertThat(summary.status()).isEqualTo(RotationSummary.Status.FAILED);
        assertThat(summary.failedStep()).isEqualTo(RotationStep.SET_SECRET);
        assertThat(summary.everyStepSucceeded()).isFalse();
        assertThat(summary.outcome().toString())
                .isEqualTo("failed at setSecret: setSecret failed: Runtime.ExitError: boom");
    }

    @Test
    void aFailedRepeatOfAStepIsNotIdempotent() {
        StepRecord repeat = step("createSecret", true, false);
        RotationSummary summary = RotationSummary.of(record(new RotationResult.NotIdempotent(
                RotationStep.CREATE_SECRET, repeat.invocation()), step("createSecret", false, true), repeat), WAITED);

        assertThat(summary.status()).isEqualTo(RotationSummary.Status.NOT_IDEMPOTENT);
        assertThat(summary.failedStep()).isEqualTo(RotationStep.CREATE_SECRET);
    }

    @Test
    void aRotationThatFailedAfterEveryStepReturnedFailedAtTheLastStep() {
        RotationSummary summary = RotationSummary.of(record(new RotationResult.CurrentNotMoved("v-1"), allFour()),
                WAITED);

        assertThat(summary.status()).isEqualTo(RotationSummary.Status.FAILED);
        assertThat(summary.failedStep()).isEqualTo(RotationStep.FINISH_SECRET);
        assertThat(summary.everyStepSucceeded()).isTrue();
    }

    @Test
    void cancelledAndAbandonedRotationsAreTheirOwnKinds() {
        assertThat(RotationSummary.of(record(new RotationResult.Cancelled()), WAITED).status())
                .isEqualTo(RotationSummary.Status.CANCELLED);
        assertThat(RotationSummary.of(record(new RotationResult.Abandoned("v-1"), step("createSecret", false, true)),
                WAITED).status()).isEqualTo(RotationSummary.Status.ABANDONED);
    }

    @Test
    void aRotationStillRunningIsUnfinishedAndSaysHowLongTheHarnessWaited() {
        RotationRecord running = record(null, step("createSecret", false, true));
        RotationSummary summary = RotationSummary.of(running, WAITED);

        assertThat(RotationSummary.running(running)).isTrue();
        assertThat(summary.finished()).isFalse();
        assertThat(summary.outcome().toString()).isEqualTo("failed: did not finish within 300 s");
    }
}
