package dev.rotor.harness.run;

import java.time.Duration;

/**
 * What the prober (a client reading AWSCURRENT and logging in, retrying once after re-reading the secret on an
 * authentication failure) saw during the scenario's rotations.
 */
public record Availability(int probes, int failedLogins, Duration longestOutage) {

    public static final Availability NONE = new Availability(0, 0, Duration.ZERO);
}
