package dev.rotor.harness.runner;

import dev.rotor.harness.database.Engine;
import dev.rotor.harness.scenario.Strategy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What one strategy's run uses: the function (jar and handler), its environment, the engine, and how long a
 * rotation may take before the harness gives up on it.
 */
public record RunSettings(Strategy strategy, Engine engine, Path functionJar, String handler,
                          Map<String, String> functionEnvironment, Duration functionTimeout, Duration rotationTimeout) {
}
