package dev.rotor.harness.result;

import java.time.Duration;

/**
 * What one client profile saw during rotations: how often it connected, how many connections failed, its longest
 * outage and its verdict.
 */
public record ClientAvailability(ClientProfile client, int probes, int failedConnections, Duration longestOutage,
                                 ClientVerdict verdict) {

    /** Both together (the same client over two actions): counts added, the longer outage and the worse verdict. */
    public ClientAvailability plus(ClientAvailability other) {
        return new ClientAvailability(client, probes + other.probes, failedConnections + other.failedConnections,
                longestOutage.compareTo(other.longestOutage) >= 0 ? longestOutage : other.longestOutage,
                verdict.worst(other.verdict));
    }
}
