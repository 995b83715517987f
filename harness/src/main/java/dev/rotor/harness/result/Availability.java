package dev.rotor.harness.result;

import java.time.Duration;

/**
 * What the prober (a client reading AWSCURRENT and logging in, retrying once after re-reading the secret on an
 * authentication failure) saw during the scenario's rotations.
 */
public record Availability(int probes, int failedLogins, Duration longestOutage) {

    public static final Availability NONE = new Availability(0, 0, Duration.ZERO);

    /** Both together: probes and failures added, the longer outage kept. */
    public Availability plus(Availability other) {
        return new Availability(probes + other.probes, failedLogins + other.failedLogins,
                longestOutage.compareTo(other.longestOutage) >= 0 ? longestOutage : other.longestOutage);
    }
}
