package dev.rotor.harness.report;

import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.ClientAvailability;

import java.util.stream.Collectors;

/** A scenario's availability per client profile as one line of text, for the console and JUnit XML. */
final class AvailabilityText {

    private AvailabilityText() {
    }

    /** {@code jdbc-driver available (120 connections), reread window (98 connections, 3 failed, longest 420 ms)}. */
    static String of(Availability availability) {
        return availability.clients().stream().filter(c -> c.probes() > 0).map(AvailabilityText::client)
                .collect(Collectors.joining(", "));
    }

    static String client(ClientAvailability c) {
        String figures = c.probes() + " connections" + (c.failedConnections() == 0 ? ""
                : ", " + c.failedConnections() + " failed, longest outage " + Durations.human(c.longestOutage()));
        return c.client().id() + " " + c.verdict().id() + " (" + figures + ")";
    }
}
