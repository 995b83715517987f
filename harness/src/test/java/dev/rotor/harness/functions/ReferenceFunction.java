package dev.rotor.harness.functions;

import dev.rotor.emulator.lambda.FunctionDefinition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The two reference rotation functions of {@code functions/}, run from their shaded jars (found by path: the reactor
 * builds them first through harness's {@code pom}-type test dependencies; failsafe passes the paths).
 */
enum ReferenceFunction {
    SINGLE_USER("single-user", "rotor.singleUserJar",
            "../functions/mysql-single-user/target/rotor-mysql-single-user.jar",
            "dev.rotor.functions.mysql.SingleUserRotationHandler"),
    ALTERNATING_USERS("alternating-users", "rotor.alternatingUsersJar",
            "../functions/mysql-alternating-users/target/rotor-mysql-alternating-users.jar",
            "dev.rotor.functions.mysql.AlternatingUsersRotationHandler");

    private final String id;
    private final String property;
    private final String defaultPath;
    private final String handler;

    ReferenceFunction(String id, String property, String defaultPath, String handler) {
        this.id = id;
        this.property = property;
        this.defaultPath = defaultPath;
        this.handler = handler;
    }

    /** Short name, used for function names. */
    String id() {
        return id;
    }

    boolean alternating() {
        return this == ALTERNATING_USERS;
    }

    Path jar() {
        Path jar = Path.of(System.getProperty(property, defaultPath));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the reference functions first (mvn -pl harness -am verify "
                    + "builds them): " + jar.toAbsolutePath());
        }
        return jar;
    }

    /** This function registered as {@code <id><suffix>} with the given environment. */
    FunctionDefinition definition(String suffix, Map<String, String> environment) {
        return FunctionDefinition.of(id + suffix, jar(), handler).withEnvironment(environment)
                .withTimeout(Duration.ofSeconds(30));
    }
}
