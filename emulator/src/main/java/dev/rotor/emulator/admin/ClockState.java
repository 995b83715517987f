package dev.rotor.emulator.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The emulator's clock: its time, how far it was moved ahead of real time, and the ARNs of the secrets whose
 * scheduled rotation the last move started.
 */
public record ClockState(Instant now, Duration offset, List<String> rotationsStarted) {

    public ClockState {
        rotationsStarted = List.copyOf(rotationsStarted);
    }
}
