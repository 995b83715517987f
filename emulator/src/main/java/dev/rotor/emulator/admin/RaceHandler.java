package dev.rotor.emulator.admin;

import dev.rotor.emulator.rotation.RotationRecord;

/**
 * Performs a race fault's action while the emulator holds the rotation between two steps (the harness sets one that
 * does what its own action of that name does). An exception is recorded as the race's outcome; the rotation goes on.
 */
@FunctionalInterface
public interface RaceHandler {
    void perform(Fault.Race race, RotationRecord rotation);
}
