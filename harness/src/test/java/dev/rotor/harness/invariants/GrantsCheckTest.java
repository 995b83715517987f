package dev.rotor.harness.invariants;

import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.scenario.Strategy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.rotor.harness.invariants.Checks.GRANTS;
import static dev.rotor.harness.invariants.Checks.V0;
import static dev.rotor.harness.invariants.Checks.V1;
import static dev.rotor.harness.invariants.Checks.after;
import static dev.rotor.harness.invariants.InMemorySecretAndDatabase.value;
import static org.assertj.core.api.Assertions.assertThat;

class GrantsCheckTest {
    private final GrantsCheck check = new GrantsCheck();
    private final Baseline baseline = Baseline.capture(GRANTS, value("app", "old"));

    private static InMemorySecretAndDatabase alternating(List<String> cloneGrants) {
        return new InMemorySecretAndDatabase(Strategy.ALTERNATING_USERS, "app").user("app", "old", GRANTS)
                .user("app_clone", "new", cloneGrants)
                .version(V0, value("app", "old"), "AWSPREVIOUS").version(V1, value("app_clone", "new"), "AWSCURRENT");
    }

    @Test
    void aCloneWithTheOriginalsGrantsPasses() {
        assertThat(check.check(after(Checks.succeeded(), baseline), alternating(GRANTS))).isEmpty();
    }

    @Test
    void aCloneMissingAGrantIsAViolationWithBothListsAsEvidence() {
        List<String> fewer = List.of("GRANT USAGE ON *.* TO <user>");

        assertThat(check.check(after(Checks.succeeded(), baseline), alternating(fewer))).singleElement()
                .satisfies(v -> {
                    assertThat(v.invariant()).isEqualTo(Invariant.GRANTS);
                    assertThat(v.message()).isEqualTo("app_clone's grants differ from the original user's");
                    assertThat(v.username()).isEqualTo("app_clone");
                    assertThat(v.evidence()).containsExactly("expected (as app had): " + GRANTS,
                            "found for app_clone: " + fewer);
                });
    }

    @Test
    void aCloneThatDoesNotExistYetIsLeftToTheLoginCheck() {
        var beforeFirstRotation = new InMemorySecretAndDatabase(Strategy.ALTERNATING_USERS, "app")
                .user("app", "old", GRANTS).version(V0, value("app", "old"), "AWSCURRENT");

        assertThat(check.check(after(Checks.succeeded(), baseline), beforeFirstRotation)).isEmpty();
    }
}
