package dev.rotor.testcontainers;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.Container.ExecResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rotor run} inside the image, where there is no container engine: the embedded mysqld (libaio, the MySQL
 * distribution jar, the reference functions and the catalog are all in the image).
 */
@ExtendWith(LocalRotorImage.class)
class RotorRunInImageIT {

    private static RotorContainer rotor;

    @BeforeAll
    static void start() {
        rotor = new RotorContainer(LocalRotorImage.name());
        rotor.start();
    }

    @AfterAll
    static void stop() {
        if (rotor != null) {
            rotor.stop();
        }
    }

    @Test
    void aScenarioPassesWithTheEmbeddedMysqld() throws Exception {
        ExecResult run = rotor.execInContainer("rotor", "run", "--db", "embedded", "--strategy", "single-user",
                "--scenario", "first-rotation");

        assertThat(run.getExitCode()).as(run.getStdout() + run.getStderr()).isZero();
        assertThat(run.getStdout()).contains("database embedded mysqld 8.0.31").contains("1 passed, 0 failed");
    }

    @Test
    void withoutAContainerEngineTheAutomaticChoiceSaysSoInOneLine() throws Exception {
        ExecResult run = rotor.execInContainer("rotor", "run", "--strategy", "single-user",
                "--scenario", "first-rotation");
        String output = run.getStdout() + run.getStderr();

        assertThat(run.getExitCode()).as(output).isZero();
        assertThat(output).contains("no container engine: using embedded mysqld 8.0.31")
                .doesNotContain("ERROR").doesNotContain("Could not find a valid Docker environment")
                .doesNotContain("DockerClientProviderStrategy");
    }
}
