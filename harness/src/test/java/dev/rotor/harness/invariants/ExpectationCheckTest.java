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

import static dev.rotor.harness.invariants.Checks.after;
import static org.assertj.core.api.Assertions.assertThat;

class ExpectationCheckTest {
    private final ExpectationCheck check = new ExpectationCheck();
    private final SecretAndDatabase nothing = new InMemorySecretAndDatabase(Strategy.SINGLE_USER, "app");
    private final Baseline baseline = Baseline.capture(Checks.GRANTS, InMemorySecretAndDatabase.value("app", "pw"));

    @Test
    void anOutcomeThatMeetsTheExpectationPasses() {
        ActionOutcome failedAsExpected = ActionOutcome.rotated(new Expectation(Expectation.Kind.FAILS,
                RotationStep.SET_SECRET), Checks.rotation(RotationSummary.Status.FAILED, RotationStep.SET_SECRET,
                "setSecret failed"), Availability.NONE, List.of());

        assertThat(check.check(after(failedAsExpected, baseline), nothing)).isEmpty();
        assertThat(check.check(after(ActionOutcome.done("restarted"), baseline), nothing)).isEmpty();
    }

    @Test
    void aRotationExpectedToSucceedThatFailedIsAViolationNamingTheLineAndTheStep() {
        ActionOutcome failed = ActionOutcome.rotated(Expectation.SUCCEEDS, Checks.rotation(
                RotationSummary.Status.FAILED, RotationStep.TEST_SECRET, "Runtime.ExitError: boom"), Availability.NONE,
                List.of());

        List<Violation> found = check.check(after(failed, baseline), nothing);

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.invariant()).isEqualTo(Invariant.EXPECTATION);
            assertThat(v.message()).isEqualTo("rotate (line 3) expected succeeds but failed at testSecret:"
                    + " Runtime.ExitError: boom");
            assertThat(v.step()).isEqualTo("testSecret");
            assertThat(v.actionIndex()).isEqualTo(1);
        });
    }

    @Test
    void aRejectionWhereNoneWasExpectedIsAViolation() {
        ActionOutcome rejected = ActionOutcome.rejected(Expectation.SUCCEEDS, "InvalidRequestException: pending");

        assertThat(check.check(after(rejected, baseline), nothing)).extracting(Violation::message)
                .containsExactly("rotate (line 3) expected succeeds but rejected: InvalidRequestException: pending");
    }
}
