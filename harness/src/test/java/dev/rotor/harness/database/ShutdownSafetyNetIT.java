package dev.rotor.harness.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ShutdownSafetyNetIT {

    @Test
    void aJvmStoppedLikeCtrlCStillStopsItsMysqldAndDeletesItsFiles() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                "-D" + MysqlDistribution.PROPERTY + "=" + System.getProperty(MysqlDistribution.PROPERTY, ""),
                StartAndWait.class.getName());
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String ready;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream()))) {
            ready = out.lines().filter(l -> l.startsWith("READY ")).findFirst().orElseThrow();
            String[] parts = ready.split(" ");
            long pid = Long.parseLong(parts[1]);
            Path workDir = Path.of(parts[2]);
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);

            // Ctrl-C: SIGINT to the JVM, which then runs its shutdown hooks
            new ProcessBuilder("kill", "-INT", Long.toString(jvm.pid())).start().waitFor();
            assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
            assertThat(Files.exists(workDir)).as("%s after the JVM stopped", workDir).isFalse();
        } finally {
            jvm.destroyForcibly();
        }
    }
}
