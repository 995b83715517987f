package dev.rotor.harness.runner;

import dev.rotor.harness.scenario.Strategy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The rotation function a run tests: its strategy, jar, handler, environment and timeout per step. */
public record FunctionUnderTest(Strategy strategy, Path jar, String handler, Map<String, String> environment,
                                Duration timeout) {

    public FunctionUnderTest {
        environment = Map.copyOf(environment);
    }

    /** The project's reference function for {@code strategy}. */
    public static FunctionUnderTest reference(Strategy strategy, Map<String, String> environment, Duration timeout) {
        return new FunctionUnderTest(strategy, ReferenceFunctions.jar(strategy), ReferenceFunctions.handler(strategy),
                environment, timeout);
    }

    /** How long the harness waits for one rotation: four steps, each possibly repeated, with starts and retries. */
    public Duration rotationTimeout() {
        return timeout.multipliedBy(10);
    }
}
