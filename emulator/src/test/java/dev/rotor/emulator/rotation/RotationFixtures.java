package dev.rotor.emulator.rotation;

import dev.rotor.emulator.lambda.FunctionDefinition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The fixture rotation functions from the test-functions module, as functions the emulator can register. */
public final class RotationFixtures {
    private static final String PACKAGE = "dev.rotor.testfunctions.";

    private RotationFixtures() {
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("rotor.testFunctionsJar", "../test-functions/target/rotor-test-functions.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the test-functions module first: " + jar.toAbsolutePath());
        }
        return jar;
    }

    public static FunctionDefinition function(String name, String handlerClass, Map<String, String> env) {
        return FunctionDefinition.of(name, jar(), PACKAGE + handlerClass).withEnvironment(env)
                .withTimeout(Duration.ofSeconds(20));
    }

    /** The correct rotation function for a plain service. */
    public static FunctionDefinition service(String name) {
        return function(name, "ServiceRotation", Map.of());
    }
}
