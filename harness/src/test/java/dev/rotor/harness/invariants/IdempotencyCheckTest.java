package dev.rotor.harness.invariants;

import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.harness.action.ActionOutcome;
import dev.rotor.harness.action.Expectation;
import dev.rotor.harness.action.RotationSummary;
import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.scenario.Strategy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.rotor.harness.invariants.Checks.after;
import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyCheckTest {
    private final IdempotencyCheck check = new IdempotencyCheck();
    private final SecretAndDatabase nothing = new InMemorySecretAndDatabase(Strategy.SINGLE_USER, "app");
    private final Baseline baseline = Baseline.capture(Checks.GRANTS, InMemorySecretAndDatabase.value("app", "pw"));

    private static ActionOutcome ended(RotationSummary.Status status, String error) {
        return ActionOutcome.rotated(Expectation.ANY, Checks.rotation(status, RotationStep.CREATE_SECRET, error),
                Availability.NONE, List.of());
    }

    @Test
    void aRotationWhoseRepeatedStepsSucceededPasses() {
        assertThat(check.check(after(Checks.succeeded(), baseline), nothing)).isEmpty();
    }

    @Test
    void aStepThatFailsTheFirstTimeIsNotAnIdempotencyViolation() {
        assertThat(check.check(after(ended(RotationSummary.Status.FAILED, "createSecret failed"), baseline), nothing))
                .isEmpty();
    }

    @Test
    void aRepeatedStepThatFailedIsAViolationWithTheEmulatorsReason() {
        String why = "not idempotent: repeating createSecret with the same token failed: ResourceExistsException";

        assertThat(check.check(after(ended(RotationSummary.Status.NOT_IDEMPOTENT, why), baseline), nothing))
                .singleElement().satisfies(v -> {
                    assertThat(v.invariant()).isEqualTo(Invariant.IDEMPOTENCY);
                    assertThat(v.message()).isEqualTo(why);
                    assertThat(v.step()).isEqualTo("createSecret");
                });
    }
}
