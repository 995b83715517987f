package dev.rotor.harness.action;

import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.TimelineEntry;

import java.util.List;

/**
 * What an action did: the outcome compared with its expectation ({@code expected} null: anything will do), the
 * rotation it ran (null if none), what the prober saw meanwhile, and a line of detail for reports.
 */
public record ActionOutcome(Expectation expected, Expectation.Outcome outcome, RotationSummary rotation,
                            Availability availability, List<TimelineEntry> probeTimeline, String detail) {

    /** An action that did what it says, without a rotation. */
    public static ActionOutcome done(String detail) {
        return new ActionOutcome(null, Expectation.Outcome.SUCCEEDED, null, Availability.NONE, List.of(), detail);
    }

    /** RotateSecret (or the reattempt) was refused. */
    public static ActionOutcome rejected(Expectation expected, String why) {
        return new ActionOutcome(expected, new Expectation.Outcome(Expectation.Kind.REJECTED, null, why), null,
                Availability.NONE, List.of(), null);
    }

    /** No rotation happened (e.g. the clock moved but nothing was due). */
    public static ActionOutcome noRotation(Expectation expected, String detail) {
        return new ActionOutcome(expected, new Expectation.Outcome(Expectation.Kind.NONE, null, null), null,
                Availability.NONE, List.of(), detail);
    }

    /** A rotation ran (to its end, or until the harness stopped waiting). */
    public static ActionOutcome rotated(Expectation expected, RotationSummary rotation, Availability availability,
                                        List<TimelineEntry> probeTimeline) {
        return new ActionOutcome(expected, rotation.outcome(), rotation, availability, List.copyOf(probeTimeline),
                null);
    }

    public ActionOutcome withDetail(String value) {
        return new ActionOutcome(expected, outcome, rotation, availability, probeTimeline, value);
    }

    /** Whether the outcome met the expectation. */
    public boolean met() {
        return expected == null || expected.metBy(outcome);
    }
}
