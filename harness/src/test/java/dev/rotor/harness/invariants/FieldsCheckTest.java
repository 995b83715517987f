package dev.rotor.harness.invariants;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.harness.action.ActionOutcome;
import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.Violation;
import dev.rotor.harness.scenario.Strategy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.rotor.harness.invariants.Checks.GRANTS;
import static dev.rotor.harness.invariants.Checks.V0;
import static dev.rotor.harness.invariants.Checks.V1;
import static dev.rotor.harness.invariants.Checks.V2;
import static dev.rotor.harness.invariants.Checks.after;
import static dev.rotor.harness.invariants.InMemorySecretAndDatabase.value;
import static org.assertj.core.api.Assertions.assertThat;

class FieldsCheckTest {
    private final FieldsCheck check = new FieldsCheck();

    private static ObjectNode withNote(ObjectNode value, String note) {
        return value.put("note", note);
    }

    private static InMemorySecretAndDatabase rotated(ObjectNode previous, ObjectNode current) {
        return new InMemorySecretAndDatabase(Strategy.SINGLE_USER, "app")
                .version(V0, previous, "AWSPREVIOUS").version(V1, current, "AWSCURRENT");
    }

    @Test
    void fieldsCarriedOverWithNewCredentialsPass() {
        Baseline baseline = Baseline.capture(GRANTS, withNote(value("app", "old"), "payments"));

        assertThat(check.check(after(Checks.succeeded(), baseline), rotated(withNote(value("app", "old"), "payments"),
                withNote(value("app", "new"), "payments")))).isEmpty();
    }

    @Test
    void aDroppedCustomFieldIsAViolationShowingExpectedAndFound() {
        Baseline baseline = Baseline.capture(GRANTS, withNote(value("app", "old"), "payments"));

        var found = check.check(after(Checks.succeeded(), baseline), rotated(withNote(value("app", "old"), "payments"),
                value("app", "new")));

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.invariant()).isEqualTo(Invariant.FIELDS);
            assertThat(v.message()).isEqualTo("AWSCURRENT changed non-credential fields");
            assertThat(v.evidence().get(0)).contains("\"note\":\"payments\"");
            assertThat(v.evidence().get(1)).doesNotContain("note").doesNotContain("new");
        });
    }

    @Test
    void aValueNamingAnotherUserIsAViolation() {
        Baseline baseline = Baseline.capture(GRANTS, value("app", "old"));

        assertThat(check.check(after(Checks.succeeded(), baseline), rotated(value("app", "old"),
                value("someone", "new")))).extracting(Violation::message)
                .containsExactly("AWSCURRENT names an unexpected user");
    }

    @Test
    void fieldsStoredOnPurposeBecomeTheExpectedOnes() {
        Baseline changed = Baseline.capture(GRANTS, value("app", "old")).withFieldsOf(V1,
                withNote(value("app", "x"), "changed"), List.of(V1));
        var stored = new InMemorySecretAndDatabase(Strategy.SINGLE_USER, "app")
                .version(V1, withNote(value("app", "old"), "changed"), "AWSCURRENT");

        assertThat(check.check(after(ActionOutcome.done("stored"), changed), stored)).isEmpty();
    }

    @Test
    void anOperatorsChangeToAFieldLeavesAwsPreviousWithTheFieldsItHadBefore() {
        Baseline changed = Baseline.capture(GRANTS, withNote(value("app", "pw0"), "payments"))
                .withFieldsOf(V1, withNote(value("app_clone", "pw1"), "changed"), List.of(V0, V1));
        var afterPut = new InMemorySecretAndDatabase(Strategy.ALTERNATING_USERS, "app")
                .version(V0, withNote(value("app", "pw0"), "payments"), "AWSPREVIOUS")
                .version(V1, withNote(value("app_clone", "pw1"), "changed"), "AWSCURRENT");

        assertThat(check.check(after(ActionOutcome.done("stored"), changed), afterPut)).isEmpty();
    }

    @Test
    void aRotationAfterAnOperatorsChangeCarriesTheChangedFieldAndPasses() {
        Baseline changed = Baseline.capture(GRANTS, withNote(value("app", "pw0"), "payments"))
                .withFieldsOf(V1, withNote(value("app", "pw1"), "changed"), List.of(V0, V1));
        var rotated = new InMemorySecretAndDatabase(Strategy.ALTERNATING_USERS, "app")
                .version(V0, withNote(value("app", "pw0"), "payments"))
                .version(V1, withNote(value("app", "pw1"), "changed"), "AWSPREVIOUS")
                .version(V2, withNote(value("app_clone", "pw2"), "changed"), "AWSCURRENT");

        assertThat(check.check(after(Checks.succeeded(), changed), rotated)).isEmpty();
    }

    @Test
    void aFunctionThatDropsTheFieldAnOperatorChangedIsStillCaught() {
        Baseline changed = Baseline.capture(GRANTS, withNote(value("app", "pw0"), "payments"))
                .withFieldsOf(V1, withNote(value("app", "pw1"), "changed"), List.of(V0, V1));
        var rotated = new InMemorySecretAndDatabase(Strategy.ALTERNATING_USERS, "app")
                .version(V1, withNote(value("app", "pw1"), "changed"), "AWSPREVIOUS")
                .version(V2, value("app_clone", "pw2"), "AWSCURRENT");

        assertThat(check.check(after(Checks.succeeded(), changed), rotated)).singleElement()
                .extracting(Violation::message).isEqualTo("AWSCURRENT changed non-credential fields");
    }

    @Test
    void aFunctionThatCopiesTheFieldsOfAwsPreviousInsteadOfAwsCurrentIsCaught() {
        Baseline changed = Baseline.capture(GRANTS, withNote(value("app", "pw0"), "payments"))
                .withFieldsOf(V1, withNote(value("app", "pw1"), "changed"), List.of(V0, V1));
        var rotated = new InMemorySecretAndDatabase(Strategy.ALTERNATING_USERS, "app")
                .version(V1, withNote(value("app", "pw1"), "changed"), "AWSPREVIOUS")
                .version(V2, withNote(value("app_clone", "pw2"), "payments"), "AWSCURRENT");

        assertThat(check.check(after(Checks.succeeded(), changed), rotated)).singleElement().satisfies(v -> {
            assertThat(v.message()).isEqualTo("AWSCURRENT changed non-credential fields");
            assertThat(v.evidence().get(0)).contains("changed");
            assertThat(v.evidence().get(1)).contains("payments");
        });
    }
}
