package dev.rotor.emulator.secrets;

import java.time.Instant;

/**
 * A secret with rotation enabled, as the scheduler sees it: its rules, its dates, when its AWSCURRENT value was
 * written (a manual change counts as a rotation for day and rate schedules) and whether a rotation is pending.
 */
public record RotatingSecret(String arn, String name, RotationRules rules, Instant nextRotationDate,
                             Instant lastRotatedDate, Instant currentCreatedDate, boolean rotationInProgress) {
}
