package dev.rotor.harness.invariants;

import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.ClientAvailability;
import dev.rotor.harness.result.ClientProfile;
import dev.rotor.harness.result.ClientVerdict;
import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Availability as a scenario states it ({@code expect-clients: {cached: locked-out}}): each named client's worst
 * verdict over the scenario's rotations must be the one stated. Checked once, after the last action.
 */
public final class ClientExpectations {

    private ClientExpectations() {
    }

    /** The violations of {@code expected} by what the clients saw; {@code lastAction} is where they are reported. */
    public static List<Violation> check(Map<ClientProfile, ClientVerdict> expected, Availability seen,
                                        int lastAction, String baseUser) {
        List<Violation> violations = new ArrayList<>();
        expected.forEach((client, verdict) -> {
            Optional<ClientAvailability> found = seen.of(client).filter(c -> c.probes() > 0);
            if (found.isEmpty()) {
                violations.add(new Violation(Invariant.AVAILABILITY, client.id() + ": expected " + verdict.id()
                        + ", but the client never connected (no rotation ran)", lastAction, null, baseUser, List.of()));
            } else if (found.get().verdict() != verdict) {
                ClientAvailability c = found.get();
                violations.add(new Violation(Invariant.AVAILABILITY, client.id() + ": expected " + verdict.id()
                        + " over the scenario, but it was " + c.verdict().id(), lastAction, null, baseUser,
                        List.of(c.probes() + " connections, " + c.failedConnections() + " failed, longest outage "
                                + c.longestOutage().toMillis() + " ms")));
            }
        });
        return violations;
    }
}
