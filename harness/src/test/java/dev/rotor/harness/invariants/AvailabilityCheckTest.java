package dev.rotor.harness.invariants;

import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.scenario.Strategy;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rotor.harness.invariants.Checks.after;
import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityCheckTest {
    private final AvailabilityCheck check = new AvailabilityCheck();
    private final Baseline baseline = Baseline.capture(Checks.GRANTS, InMemorySecretAndDatabase.value("app", "pw"));
    private final Availability outage = new Availability(50, 3, Duration.ofMillis(180));

    @Test
    void alternatingUsersWithoutAFailedLoginPass() {
        var alternating = new InMemorySecretAndDatabase(Strategy.ALTERNATING_USERS, "app");

        assertThat(check.check(after(Checks.succeeded(), baseline), alternating)).isEmpty();
    }

    @Test
    void aSingleUsersWindowIsExpectedAndNotAViolation() {
        var single = new InMemorySecretAndDatabase(Strategy.SINGLE_USER, "app");

        assertThat(check.check(after(Checks.succeeded(outage), baseline), single)).isEmpty();
    }

    @Test
    void alternatingUsersThatLockAClientOutAreAViolationNamingTheUserAndTheOutage() {
        var alternating = new InMemorySecretAndDatabase(Strategy.ALTERNATING_USERS, "app");

        assertThat(check.check(after(Checks.succeeded(outage), baseline), alternating)).singleElement()
                .satisfies(v -> {
                    assertThat(v.invariant()).isEqualTo(Invariant.AVAILABILITY);
                    assertThat(v.message()).startsWith("3 failed logins during the rotation (longest outage 180 ms)");
                    assertThat(v.username()).isEqualTo("app");
                });
    }
}
