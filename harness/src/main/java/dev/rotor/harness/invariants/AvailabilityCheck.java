package dev.rotor.harness.invariants;

import dev.rotor.harness.result.ClientAvailability;
import dev.rotor.harness.result.ClientProfile;
import dev.rotor.harness.result.ClientVerdict;
import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.Violation;
import dev.rotor.harness.scenario.Strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * Availability: with alternating users, an application that re-reads AWSCURRENT (the {@code jdbc-driver} and
 * {@code reread} profiles) never fails to connect during a rotation. A single user's window is expected, and a
 * {@code cached} client's lock-out is the strategy's known trap: both are only reported, unless the scenario states a
 * client's verdict itself ({@code expect-clients}, judged over the whole scenario by {@link ClientExpectations}).
 */
public final class AvailabilityCheck implements InvariantCheck {

    @Override
    public Invariant invariant() {
        return Invariant.AVAILABILITY;
    }

    @Override
    public List<Violation> check(Observation o, SecretAndDatabase now) {
        List<Violation> violations = new ArrayList<>();
        for (ClientAvailability seen : o.outcome().availability().clients()) {
            if (o.clientsExpectedByScenario().contains(seen.client()) || seen.verdict() == ClientVerdict.AVAILABLE
                    || !mustStayAvailable(now.strategy(), seen.client())) {
                continue;
            }
            violations.add(new Violation(Invariant.AVAILABILITY, seen.client().id() + ": " + seen.failedConnections()
                    + " failed connections during the rotation (longest outage " + seen.longestOutage().toMillis()
                    + " ms, " + seen.verdict().id() + "); alternating users must never lock clients out",
                    o.actionIndex(), o.step(), now.baseUser(), Evidence.of(o.events())));
        }
        return violations;
    }

    /** The default: alternating users keep every client that re-reads the secret connected. */
    static boolean mustStayAvailable(Strategy strategy, ClientProfile client) {
        return strategy == Strategy.ALTERNATING_USERS && client != ClientProfile.CACHED;
    }
}
