package dev.rotor.harness.invariants;

import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.harness.action.ActionOutcome;
import dev.rotor.harness.action.Expectation;
import dev.rotor.harness.action.RotationSummary;
import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.ClientAvailability;
import dev.rotor.harness.result.ClientProfile;
import dev.rotor.harness.result.ClientVerdict;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Outcomes, rotations, journal events and observations for the checks' unit tests. */
final class Checks {
    static final String ARN = "arn:aws:secretsmanager:us-east-1:000000000000:secret:rotor/app-AbCdEf";
    static final String V0 = "00000000-0000-4000-8000-000000000000";
    static final String V1 = "11111111-1111-4111-8111-111111111111";
    static final String V2 = "22222222-2222-4222-8222-222222222222";
    static final List<String> GRANTS = List.of("GRANT SELECT, INSERT ON `rotor_app`.* TO <user>",
            "GRANT USAGE ON *.* TO <user>");

    private Checks() {
    }

    static RotationSummary rotation(RotationSummary.Status status, RotationStep failedAt, String error) {
        return new RotationSummary("r-1", status, failedAt, error, status == RotationSummary.Status.SUCCEEDED,
                List.of());
    }

    /** A rotation that succeeded, every step included, with the prober seeing {@code availability}. */
    static ActionOutcome succeeded(Availability availability) {
        return ActionOutcome.rotated(Expectation.SUCCEEDS, rotation(RotationSummary.Status.SUCCEEDED, null, null),
                availability, List.of());
    }

    static ActionOutcome succeeded() {
        return succeeded(new Availability(List.of(new ClientAvailability(ClientProfile.REREAD, 40, 0,
                java.time.Duration.ZERO, ClientVerdict.AVAILABLE))));
    }

    /** Action 1, a {@code rotate} on line 3, with no journal events, AWSCURRENT on V0 before it. */
    static Observation after(ActionOutcome outcome, Baseline baseline) {
        return after(outcome, baseline, List.of());
    }

    static Observation after(ActionOutcome outcome, Baseline baseline, List<JournalEvent> events) {
        return new Observation(1, "rotate", 3, outcome, events, V0, baseline, Set.of());
    }

    /** A label event whose version → labels map after it is {@code stages}. */
    static JournalEvent labelEvent(long sequence, Map<String, List<String>> stages) {
        return new JournalEvent(sequence, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(sequence),
                EventType.LABEL_MOVED, ARN, "rotor/app", V1, "AWSCURRENT", V0, stages, Map.of());
    }
}
