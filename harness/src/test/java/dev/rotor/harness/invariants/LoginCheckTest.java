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

import static dev.rotor.harness.invariants.Checks.GRANTS;
import static dev.rotor.harness.invariants.Checks.V0;
import static dev.rotor.harness.invariants.Checks.V1;
import static dev.rotor.harness.invariants.Checks.after;
import static dev.rotor.harness.invariants.InMemorySecretAndDatabase.value;
import static org.assertj.core.api.Assertions.assertThat;

class LoginCheckTest {
    private final LoginCheck check = new LoginCheck();
    private final Baseline baseline = Baseline.capture(GRANTS, value("app", "old"));

    private static InMemorySecretAndDatabase singleUser(String acceptedPassword) {
        return new InMemorySecretAndDatabase(Strategy.SINGLE_USER, "app").user("app", acceptedPassword, GRANTS)
                .version(V0, value("app", "old"), "AWSPREVIOUS").version(V1, value("app", "new"), "AWSCURRENT");
    }

    @Test
    void aSingleUserRotationWhoseNewPasswordWorksAndOldOneIsRefusedPasses() {
        assertThat(check.check(after(Checks.succeeded(), baseline), singleUser("new"))).isEmpty();
    }

    @Test
    void currentCredentialsThatDoNotLogInAreAViolationNamingTheUser() {
        List<Violation> found = check.check(after(Checks.succeeded(), baseline), singleUser("something else"));

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.invariant()).isEqualTo(Invariant.LOGIN);
            assertThat(v.message()).isEqualTo("AWSCURRENT's credentials do not log in: refused with error 1045");
            assertThat(v.username()).isEqualTo("app");
        });
    }

    @Test
    void theOldPasswordStillWorkingAfterASingleUserRotationIsAViolation() {
        var keptOld = new InMemorySecretAndDatabase(Strategy.SINGLE_USER, "app").user("app", "same", GRANTS)
                .version(V0, value("app", "same"), "AWSPREVIOUS").version(V1, value("app", "same"), "AWSCURRENT");

        assertThat(check.check(after(Checks.succeeded(), baseline), keptOld)).extracting(Violation::message)
                .containsExactly("the previous password still logs in after a single-user rotation (the rotation kept"
                        + " the same password)");
    }

    @Test
    void aSingleUserRotationStoppedAfterSetSecretIsTheStrategysKnownWindow() {
        var window = new InMemorySecretAndDatabase(Strategy.SINGLE_USER, "app").user("app", "new", GRANTS)
                .version(V0, value("app", "old"), "AWSCURRENT").version(V1, value("app", "new"), "AWSPENDING");
        ActionOutcome failed = ActionOutcome.rotated(Expectation.ANY, Checks.rotation(RotationSummary.Status.FAILED,
                RotationStep.TEST_SECRET, "testSecret failed"), Availability.NONE, List.of());

        assertThat(check.check(after(failed, baseline), window)).isEmpty();
    }

    @Test
    void alternatingUsersWhosePreviousUserCannotLogInAreAViolation() {
        var alternating = new InMemorySecretAndDatabase(Strategy.ALTERNATING_USERS, "app")
                .user("app", "changed behind its back", GRANTS).user("app_clone", "new", GRANTS)
                .version(V0, value("app", "old"), "AWSPREVIOUS").version(V1, value("app_clone", "new"), "AWSCURRENT");

        assertThat(check.check(after(Checks.succeeded(), baseline), alternating)).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("AWSPREVIOUS's credentials do not log in"));
    }

    @Test
    void aSecretKnownToBeStaleIsNotChecked() {
        assertThat(check.check(after(ActionOutcome.done("changed"), baseline.withSecretStale(true)),
                singleUser("changed out of band"))).isEmpty();
    }
}
