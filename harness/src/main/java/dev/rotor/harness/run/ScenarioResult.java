package dev.rotor.harness.run;

import java.time.Duration;
import java.util.List;

/**
 * One scenario's outcome: its actions, the invariant violations found (each with evidence), the availability the
 * prober saw and a timeline. {@code error} explains an ERROR (the scenario could not run) or SKIPPED.
 */
public record ScenarioResult(String name, String description, String file, Status status, Duration duration,
                             List<ActionResult> actions, List<Violation> violations, Availability availability,
                             List<TimelineEntry> timeline, String error) {

    /** PASSED: every expectation met, no violation. FAILED: an expectation or invariant failed. */
    public enum Status { PASSED, FAILED, ERROR, SKIPPED }

    public boolean passed() {
        return status == Status.PASSED || status == Status.SKIPPED;
    }
}
