package dev.rotor.harness.functions;

import dev.rotor.harness.runner.ReferenceFunctions;
import dev.rotor.harness.scenario.Strategy;

import dev.rotor.emulator.lambda.FunctionDefinition;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The two reference rotation functions of {@code functions/}, run from their shaded jars (found by path: the reactor
 * builds them first through harness's {@code pom}-type test dependencies; failsafe passes the paths).
 */
enum ReferenceFunction {
    SINGLE_USER(Strategy.SINGLE_USER, "rotor.singleUserJar"),
    ALTERNATING_USERS(Strategy.ALTERNATING_USERS, "rotor.alternatingUsersJar");

    private final Strategy strategy;
    private final String property;

    ReferenceFunction(Strategy strategy, String property) {
        this.strategy = strategy;
        this.property = property;
    }

    /** Short name, used for function names. */
    String id() {
        return strategy.id();
    }

    boolean alternating() {
        return this == ALTERNATING_USERS;
    }

    /** The jar failsafe names, else the reactor's build of it. */
    Path jar() {
        String configured = System.getProperty(property);
        return configured == null ? ReferenceFunctions.jar(strategy) : Path.of(configured);
    }

    /** This function registered as {@code <id><suffix>} with the given environment. */
    FunctionDefinition definition(String suffix, Map<String, String> environment) {
        return FunctionDefinition.of(id() + suffix, jar(), ReferenceFunctions.handler(strategy))
                .withEnvironment(environment).withTimeout(Duration.ofSeconds(30));
    }
}
