package dev.rotor.harness.invariants;

import dev.rotor.harness.action.ActionOutcome;
import dev.rotor.harness.action.Expectation;
import dev.rotor.harness.action.RotationSummary;
import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.ClientAvailability;
import dev.rotor.harness.result.ClientProfile;
import dev.rotor.harness.result.ClientVerdict;
import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.Violation;
import dev.rotor.harness.scenario.Strategy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static dev.rotor.harness.invariants.Checks.V0;
import static dev.rotor.harness.invariants.Checks.after;
import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityCheckTest {
    private final AvailabilityCheck check = new AvailabilityCheck();
    private final Baseline baseline = Baseline.capture(Checks.GRANTS, InMemorySecretAndDatabase.value("app", "pw"));
    private final InMemorySecretAndDatabase alternating = new InMemorySecretAndDatabase(Strategy.ALTERNATING_USERS,
            "app");

    private static ClientAvailability client(ClientProfile profile, int failed, ClientVerdict verdict) {
        return new ClientAvailability(profile, 50, failed, Duration.ofMillis(failed * 60L), verdict);
    }

    private static ActionOutcome rotated(ClientAvailability... clients) {
        return ActionOutcome.rotated(Expectation.SUCCEEDS, Checks.rotation(RotationSummary.Status.SUCCEEDED, null,
                null), new Availability(List.of(clients)), List.of());
    }

    @Test
    void alternatingUsersWhoseClientsNeverFailPass() {
        assertThat(check.check(after(rotated(client(ClientProfile.JDBC_DRIVER, 0, ClientVerdict.AVAILABLE),
                client(ClientProfile.REREAD, 0, ClientVerdict.AVAILABLE)), baseline), alternating)).isEmpty();
    }

    @Test
    void aSingleUsersWindowIsExpectedAndNotAViolation() {
        var single = new InMemorySecretAndDatabase(Strategy.SINGLE_USER, "app");

        assertThat(check.check(after(rotated(client(ClientProfile.REREAD, 3, ClientVerdict.WINDOW),
                client(ClientProfile.JDBC_DRIVER, 0, ClientVerdict.AVAILABLE)), baseline), single)).isEmpty();
    }

    @Test
    void alternatingUsersThatLockARereadingClientOutAreAViolationNamingTheClientUserAndOutage() {
        assertThat(check.check(after(rotated(client(ClientProfile.REREAD, 3, ClientVerdict.WINDOW)), baseline),
                alternating)).singleElement().satisfies(v -> {
                    assertThat(v.invariant()).isEqualTo(Invariant.AVAILABILITY);
                    assertThat(v.message()).startsWith("reread: 3 failed connections during the rotation (longest"
                            + " outage 180 ms, window)");
                    assertThat(v.username()).isEqualTo("app");
                });
    }

    @Test
    void theJdbcDriverLockedOutWithAlternatingUsersIsAViolation() {
        assertThat(check.check(after(rotated(client(ClientProfile.JDBC_DRIVER, 9, ClientVerdict.LOCKED_OUT)),
                baseline), alternating)).extracting(Violation::message).singleElement().asString()
                .startsWith("jdbc-driver: 9 failed connections");
    }

    @Test
    void aCachedClientLockedOutIsTheStrategysKnownTrapAndOnlyReported() {
        assertThat(check.check(after(rotated(client(ClientProfile.CACHED, 12, ClientVerdict.LOCKED_OUT)), baseline),
                alternating)).isEmpty();
    }

    @Test
    void aClientWhoseVerdictTheScenarioStatesIsJudgedOverTheScenarioInstead() {
        Observation o = new Observation(1, "rotate", 3, rotated(client(ClientProfile.REREAD, 3,
                ClientVerdict.WINDOW)), List.of(), V0, baseline, Set.of(ClientProfile.REREAD));

        assertThat(check.check(o, alternating)).isEmpty();
    }
}
