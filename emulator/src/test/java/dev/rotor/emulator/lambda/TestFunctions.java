package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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

    /** The Python functions for the Python runtime's tests (a folder holding several handler modules). */
    static Path pythonFunctions() {
        return pythonFixtures().resolve("functions");
    }

    /** Python fixtures: {@code functions/}, {@code with-boto3/} and the {@code python-without-boto3} wrapper. */
    static Path pythonFixtures() {
        return Path.of(System.getProperty("rotor.pythonFixtures", "src/test/python")).toAbsolutePath();
    }

    /**
     * A {@code python3} that imports boto3 must be on PATH for the Python runtime's tests: skipped without one, failed
     * under {@code CI=true} ({@code .ci/provision-tools.sh} installs Debian's python3-boto3).
     */
    static void requirePythonWithBoto3() {
        boolean found;
        try {
            Process probe = new ProcessBuilder("python3", "-c", "import boto3")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            found = probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            found = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            found = false;
        }
        if (!found) {
            String reason = "no python3 with boto3 on PATH (Debian: apt-get install python3 python3-boto3)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true, so the Python runtime's tests must run: " + reason);
            }
            Assumptions.abort(reason + ": skipping");
        }
    }

    static LambdaSettings settings(Path workDir, Path cacheDir) {
        return new LambdaSettings(ENDPOINT, "eu-west-1", "123456789012", workDir, cacheDir);
    }
}
