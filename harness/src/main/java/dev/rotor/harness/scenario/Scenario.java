package dev.rotor.harness.scenario;

import dev.rotor.harness.database.Engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** A rotation scenario: where it applies, how it is set up, and the actions to run with their expectations. */
public record Scenario(String name, String description, Path file, Set<Strategy> strategies, Set<Engine> engines,
                       Setup setup, List<Action> actions) {

    public boolean appliesTo(Strategy strategy, Engine engine) {
        return strategies.contains(strategy) && engines.contains(engine);
    }
}
