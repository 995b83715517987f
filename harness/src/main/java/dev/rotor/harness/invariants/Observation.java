package dev.rotor.harness.invariants;

import dev.rotor.emulator.journal.JournalEvent;

import java.util.List;

/**
 * What one action left behind for the checks: the journal events it caused, whether it ran a rotation that
 * succeeded (or one whose every step succeeded), the AWSCURRENT version before it, and the step it was in.
 */
public record Observation(int actionIndex, List<JournalEvent> events, boolean rotated, boolean rotationSucceeded,
                         boolean allStepsSucceeded, String currentBefore, String step) {
}
