package dev.rotor.harness.runner;

import dev.rotor.harness.scenario.Strategy;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Where a run's randomness comes from, so that a seed replays it: the run's seed gives each scenario its own (from the
 * strategy and the scenario's name, so a scenario run alone gets the same one), and a scenario's seed gives one
 * independent stream per purpose (the emulator's passwords and ARNs, the harness's names and passwords, each client).
 */
final class Seeds {

    private Seeds() {
    }

    /** A fresh seed for a run that was given none. */
    static long fresh() {
        return new SplittableRandom().nextLong();
    }

    /** The seed of one scenario of a run. */
    static long scenario(long runSeed, Strategy strategy, String scenario) {
        return new SplittableRandom(runSeed ^ (strategy.id() + "/" + scenario).hashCode()).nextLong();
    }

    /** An independent stream of a scenario's seed for one purpose. */
    static RandomGenerator random(long scenarioSeed, String purpose) {
        return new SplittableRandom(new SplittableRandom(scenarioSeed).nextLong() ^ purpose.hashCode());
    }
}
