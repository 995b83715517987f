package dev.rotor.harness.invariants;

import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.harness.action.ActionOutcome;
import dev.rotor.harness.action.RotationSummary;
import dev.rotor.harness.result.ClientProfile;

import java.util.List;
import java.util.Set;

/**
 * What one action left behind for the checks: which action it was (number from 1, kind and line), what it did, the
 * journal events it caused, the AWSCURRENT version before it, the baseline the scenario intends after it, and the
 * client profiles whose verdict the scenario states itself ({@code expect-clients}, judged over the whole scenario).
 */
public record Observation(int actionIndex, String actionKind, int actionLine, ActionOutcome outcome,
                          List<JournalEvent> events, String currentBefore, Baseline baseline,
                          Set<ClientProfile> clientsExpectedByScenario) {

    public Observation {
        events = List.copyOf(events);
        clientsExpectedByScenario = Set.copyOf(clientsExpectedByScenario);
    }

    /** Whether the action ran a rotation. */
    public boolean rotated() {
        return outcome.rotation() != null;
    }

    public boolean rotationSucceeded() {
        return rotated() && outcome.rotation().succeeded();
    }

    /** Whether the action ran a rotation whose every step, finishSecret included, succeeded. */
    public boolean everyStepSucceeded() {
        return rotated() && outcome.rotation().everyStepSucceeded();
    }

    /** The step the action's rotation failed at (its wire name), or null. */
    public String step() {
        return outcome.outcome().step() == null ? null : outcome.outcome().step().wireName();
    }

    /** The action's rotation, or null. */
    public RotationSummary rotation() {
        return outcome.rotation();
    }
}
