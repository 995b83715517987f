package dev.rotor.harness.invariants;

import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.Violation;
import dev.rotor.harness.scenario.Strategy;

import java.util.List;

/**
 * Availability: with alternating users, a client that reads AWSCURRENT and logs in never fails during a rotation.
 * (A single user's window is expected, and only reported.)
 */
public final class AvailabilityCheck implements InvariantCheck {

    @Override
    public Invariant invariant() {
        return Invariant.AVAILABILITY;
    }

    @Override
    public List<Violation> check(Observation o, SecretAndDatabase now) {
        Availability seen = o.outcome().availability();
        if (now.strategy() != Strategy.ALTERNATING_USERS || seen.failedLogins() == 0) {
            return List.of();
        }
        return List.of(new Violation(Invariant.AVAILABILITY, seen.failedLogins() + " failed logins during the rotation"
                + " (longest outage " + seen.longestOutage().toMillis() + " ms); alternating users must never lock"
                + " clients out", o.actionIndex(), o.step(), now.baseUser(), Evidence.of(o.events())));
    }
}
