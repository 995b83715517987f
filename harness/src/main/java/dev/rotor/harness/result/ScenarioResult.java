package dev.rotor.harness.result;

import java.time.Duration;
import java.util.List;

/**
 * One scenario's outcome: its actions, the invariant violations found (each with evidence), the availability the
 * prober's clients saw and a timeline. {@code reason} says why a scenario has no verdict: what stopped an ERROR (it
 * could not run), or why it was SKIPPED (it does not apply to the strategy or engine); null otherwise. {@code seed}
 * made its passwords, names and random choices; {@code replay} is the command that runs it again exactly (null when
 * it passed or was skipped).
 */
public record ScenarioResult(String name, String description, String file, Status status, Duration duration,
                             List<ActionResult> actions, List<Violation> violations, Availability availability,
                             List<TimelineEntry> timeline, String reason, long seed, String replay) {

    /** PASSED: every expectation met, no violation. FAILED: an expectation or invariant failed. */
    public enum Status { PASSED, FAILED, ERROR, SKIPPED }

    public boolean passed() {
        return status == Status.PASSED || status == Status.SKIPPED;
    }
}
