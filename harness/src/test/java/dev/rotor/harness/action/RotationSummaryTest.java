package dev.rotor.harness.action;

import dev.rotor.emulator.rotation.RotationRecord;
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
        return new StepRecord(name, 1, repeat, succeeded ? "SUCCEEDED" : "FAILED", AT, 12, "req-" + name,
                succeeded ? null : "Runtime.ExitError", succeeded ? null : "boom", "");
    }

    private static RotationRecord record(Status status, String error, StepRecord... steps) {
        return new RotationRecord("rot-1", "arn", "name", "v-1", "fn", false, status, 1, List.of(steps), AT,
                status.finished() ? AT.plusSeconds(1) : null, error);
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
        RotationSummary summary = RotationSummary.of(record(Status.SUCCEEDED, null, allFour()), WAITED);

        assertThat(summary.status()).isEqualTo(RotationSummary.Status.SUCCEEDED);
        assertThat(summary.everyStepSucceeded()).isTrue();
        assertThat(summary.outcome()).isEqualTo(Expectation.Outcome.SUCCEEDED);
        assertThat(summary.steps()).hasSize(8).element(1).satisfies(s -> assertThat(s.step())
                .isEqualTo("createSecret (repeat)"));
    }

    @Test
    void aFailedStepIsTheStepTheRotationFailedAt() {
        RotationSummary summary = RotationSummary.of(record(Status.FAILED, "setSecret failed: boom",
                step("createSecret", false, true), step("setSecret", false, false)), WAITED);

        assertThat(summary.status()).isEqualTo(RotationSummary.Status.FAILED);
        assertThat(summary.failedStep()).isEqualTo(RotationStep.SET_SECRET);
        assertThat(summary.everyStepSucceeded()).isFalse();
        assertThat(summary.outcome().toString()).isEqualTo("failed at setSecret: setSecret failed: boom");
    }

    @Test
    void aFailedRepeatOfAStepIsNotIdempotent() {
        RotationSummary summary = RotationSummary.of(record(Status.FAILED, "not idempotent: ...",
                step("createSecret", false, true), step("createSecret", true, false)), WAITED);

        assertThat(summary.status()).isEqualTo(RotationSummary.Status.NOT_IDEMPOTENT);
        assertThat(summary.failedStep()).isEqualTo(RotationStep.CREATE_SECRET);
    }

    @Test
    void aRotationThatFailedAfterEveryStepReturnedFailedAtTheLastStep() {
        RotationSummary summary = RotationSummary.of(record(Status.FAILED, "finishSecret returned, but AWSCURRENT"
                + " is not on version v-1", allFour()), WAITED);

        assertThat(summary.status()).isEqualTo(RotationSummary.Status.FAILED);
        assertThat(summary.failedStep()).isEqualTo(RotationStep.FINISH_SECRET);
        assertThat(summary.everyStepSucceeded()).isTrue();
    }

    @Test
    void cancelledAndAbandonedRotationsAreTheirOwnKinds() {
        assertThat(RotationSummary.of(record(Status.CANCELLED, "cancelled"), WAITED).status())
                .isEqualTo(RotationSummary.Status.CANCELLED);
        assertThat(RotationSummary.of(record(Status.ABANDONED, "abandoned", step("createSecret", false, true)),
                WAITED).status()).isEqualTo(RotationSummary.Status.ABANDONED);
    }

    @Test
    void aRotationStillRunningIsUnfinishedAndSaysHowLongTheHarnessWaited() {
        RotationRecord running = record(Status.RUNNING, null, step("createSecret", false, true));
        RotationSummary summary = RotationSummary.of(running, WAITED);

        assertThat(RotationSummary.running(running)).isTrue();
        assertThat(summary.finished()).isFalse();
        assertThat(summary.outcome().toString()).isEqualTo("failed: did not finish within 300 s");
    }
}
