package dev.rotor.emulator.lambda;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the fixture functions are, and settings for hosts in tests. */
final class TestFunctions {

    static final String PACKAGE = "dev.rotor.testfunctions.";
    static final URI ENDPOINT = URI.create("http://127.0.0.1:45999");

    private TestFunctions() {
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("rotor.testFunctionsJar",
                "../test-functions/target/rotor-test-functions.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the test-functions module first: " + jar.toAbsolutePath());
        }
        return jar;
    }

    static Path providedEcho() {
        return Path.of(System.getProperty("rotor.providedFixture", "src/test/provided/echo"));
    }

    /** A {@code provided} bootstrap that starts a daemon in a session of its own at each event (see its header). */
    static Path providedDaemon() {
        return providedEcho().resolveSibling("daemon");
    }

    static LambdaSettings settings(Path workDir, Path cacheDir) {
        return new LambdaSettings(ENDPOINT, "eu-west-1", "123456789012", workDir, cacheDir);
    }
}
