package dev.rotor.harness.runner;

import org.junit.jupiter.api.Assertions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * The deployment zip of {@code functions/python-fixtures}, which the build makes with Debian's PyMySQL inside. Without
 * PyMySQL the tests that need it fail with the way out (no skip: {@code .ci/provision-tools.sh} installs it).
 */
final class PythonFixtures {

    private PythonFixtures() {
    }

    static Path zip() {
        Path zip = HarnessFixtures.jar("functions/python-fixtures/target/rotor-python-fixtures.zip");
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.getEntry("pymysql/__init__.py") == null) {
                Assertions.fail("the Python fixtures were built without PyMySQL: apt-get install python3-pymysql"
                        + " (bash .ci/provision-tools.sh), then mvn -pl functions/python-fixtures package");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }
}
