package dev.rotor.harness.invariants;

import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.harness.action.ActionOutcome;
import dev.rotor.harness.action.Expectation;
import dev.rotor.harness.action.RotationSummary;
import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.Violation;
import dev.rotor.harness.scenario.Strategy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.rotor.harness.invariants.Checks.V0;
import static dev.rotor.harness.invariants.Checks.V1;
import static dev.rotor.harness.invariants.Checks.after;
import static dev.rotor.harness.invariants.Checks.labelEvent;
import static dev.rotor.harness.invariants.InMemorySecretAndDatabase.value;
import static org.assertj.core.api.Assertions.assertThat;

class LabelsCheckTest {
    private final LabelsCheck check = new LabelsCheck();
    private final Baseline baseline = Baseline.capture(Checks.GRANTS, value("app", "old"));

    private static InMemorySecretAndDatabase secret(String[] v0Labels, String[] v1Labels) {
        return new InMemorySecretAndDatabase(Strategy.SINGLE_USER, "app")
                .version(V0, value("app", "old"), v0Labels).version(V1, value("app", "new"), v1Labels);
    }

    private static String[] labels(String... labels) {
        return labels;
    }

    @Test
    void aRotationThatMovesCurrentAndPreviousCleanlyPasses() {
        var rotated = secret(labels("AWSPREVIOUS"), labels("AWSCURRENT"));
        var events = List.of(labelEvent(7, Map.of(V0, List.of("AWSCURRENT"), V1, List.of("AWSPENDING"))),
                labelEvent(8, Map.of(V0, List.of("AWSPREVIOUS"), V1, List.of("AWSCURRENT"))));

        assertThat(check.check(after(Checks.succeeded(), baseline, events), rotated)).isEmpty();
    }

    @Test
    void aJournalEventWithTwoCurrentVersionsIsAViolationWithThatEventAsEvidence() {
        var rotated = secret(labels("AWSPREVIOUS"), labels("AWSCURRENT"));
        var events = List.of(labelEvent(7, Map.of(V0, List.of("AWSCURRENT"), V1, List.of("AWSCURRENT"))),
                labelEvent(8, Map.of(V0, List.of("AWSPREVIOUS"), V1, List.of("AWSCURRENT"))));

        List<Violation> found = check.check(after(Checks.succeeded(), baseline, events), rotated);

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.invariant()).isEqualTo(Invariant.LABELS);
            assertThat(v.message()).startsWith("label AWSCURRENT is on two versions after #7 LABEL_MOVED");
            assertThat(v.evidence()).hasSize(2);
        });
    }

    @Test
    void everyStepSucceedingWithoutMovingCurrentIsAViolation() {
        var unmoved = secret(labels("AWSCURRENT"), labels("AWSPENDING"));

        assertThat(check.check(after(Checks.succeeded(), baseline), unmoved)).extracting(Violation::message)
                .contains("every step succeeded but AWSCURRENT stayed on version 00000000 (finishSecret did not"
                        + " move it)");
    }

    @Test
    void pendingLeftOnTheOldVersionAfterASuccessIsAViolation() {
        var leftover = secret(labels("AWSPREVIOUS", "AWSPENDING"), labels("AWSCURRENT"));

        assertThat(check.check(after(Checks.succeeded(), baseline), leftover)).extracting(Violation::message)
                .containsExactly("AWSPENDING is left on non-current version 00000000 after a successful rotation");
    }

    @Test
    void anOldCurrentThatDidNotBecomePreviousIsAViolation() {
        var lost = secret(labels(), labels("AWSCURRENT"));

        assertThat(check.check(after(Checks.succeeded(), baseline), lost)).extracting(Violation::message)
                .containsExactly("the former AWSCURRENT 00000000 did not become AWSPREVIOUS");
    }

    @Test
    void aFailedRotationLeavingPendingInPlaceIsNoViolation() {
        var pending = secret(labels("AWSCURRENT"), labels("AWSPENDING"));
        ActionOutcome failed = ActionOutcome.rotated(Expectation.ANY, Checks.rotation(RotationSummary.Status.FAILED,
                RotationStep.SET_SECRET, "setSecret failed"), Availability.NONE, List.of());

        assertThat(check.check(after(failed, baseline), pending)).isEmpty();
    }
}
