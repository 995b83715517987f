package dev.rotor.harness.result;

import java.time.Instant;

/**
 * One point on a scenario's timeline. {@code lane} groups entries for display: "action", "step", "label", "probe",
 * "violation"; {@code ok} false marks failures.
 */
public record TimelineEntry(Instant at, String lane, String text, boolean ok) {
}
