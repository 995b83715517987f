package dev.rotor.harness.runner;

import dev.rotor.emulator.lambda.FunctionDefinition;
import dev.rotor.emulator.lambda.FunctionRuntime;
import dev.rotor.harness.scenario.Strategy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rotation function a run tests: its strategy, its code (a jar, a zip or a folder), runtime and handler, its
 * environment, its timeout per step, and the fields it needs in every scenario's secret (e.g. {@code "ssl": false}).
 */
public record FunctionUnderTest(Strategy strategy, Path code, FunctionRuntime runtime, String handler,
                                Map<String, String> environment, Map<String, Object> secretFields, Duration timeout) {

    public FunctionUnderTest {
        environment = Map.copyOf(environment);
        secretFields = Map.copyOf(secretFields);
    }

    /** The project's reference function for {@code strategy} (Java 17). */
    public static FunctionUnderTest reference(Strategy strategy, Map<String, String> environment, Duration timeout) {
        return new FunctionUnderTest(strategy, ReferenceFunctions.jar(strategy), FunctionRuntime.JAVA17,
                ReferenceFunctions.handler(strategy), environment, Map.of(), timeout);
    }

    /** This function registered as {@code name}, with a scenario's own variables added to its environment. */
    public FunctionDefinition definition(String name, Map<String, String> scenarioEnvironment) {
        return definition(name, scenarioEnvironment, null);
    }

    /**
     * This function registered as {@code name}, with a scenario's own variables added to its environment and the
     * scenario's own timeout per step, if it sets one ({@code null}: this function's).
     */
    public FunctionDefinition definition(String name, Map<String, String> scenarioEnvironment,
                                         Duration scenarioTimeout) {
        Map<String, String> all = new LinkedHashMap<>(environment);
        all.putAll(scenarioEnvironment);
        return new FunctionDefinition(name, code, handler, all, scenarioTimeout == null ? timeout : scenarioTimeout, 0,
                runtime, null, null);
    }

    /** How long the harness waits for one rotation of this function with its own timeout per step. */
    public Duration rotationTimeout() {
        return rotationTimeout(timeout);
    }

    /**
     * How long the harness waits for one rotation by a function whose steps may each take {@code stepTimeout} (a
     * scenario may set its own): four steps, each possibly repeated, with starts and retries.
     */
    static Duration rotationTimeout(Duration stepTimeout) {
        return stepTimeout.multipliedBy(10);
    }
}
