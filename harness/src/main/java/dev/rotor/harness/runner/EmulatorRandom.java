package dev.rotor.harness.runner;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The emulator's random (its ARN suffixes and GetRandomPassword, hence the function's new passwords), reseeded at the
 * start of every scenario from the scenario's seed, so that a replayed scenario gets the same passwords.
 */
final class EmulatorRandom implements RandomGenerator {
    private RandomGenerator current = new SplittableRandom();

    synchronized void reseed(long scenarioSeed) {
        current = Seeds.random(scenarioSeed, "emulator");
    }

    @Override
    public synchronized long nextLong() {
        return current.nextLong();
    }
}
