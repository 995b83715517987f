package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each net of an enclosure on its own, against a real daemon that left its process tree. "Running" leaves out
 * zombies: a killed orphan waits there for init to reap it.
 */
class ProcessEnclosureIT {
    /** Starts a daemon in a session of its own (re-parented to init), prints its pid, then waits. */
    private static final String ESCAPE = "setsid --wait sh -c '%s sleep 900 & echo $! > \"$0\"' \"$TMPDIR/daemon-$$\";"
            + " cat \"$TMPDIR/daemon-$$\"; rm \"$TMPDIR/daemon-$$\"; sleep 900";

    private record Started(ProcessHandle process, ProcessHandle daemon) {
    }

    private static Started startInside(ProcessEnclosure enclosure, String daemonPrefix) throws Exception {
        ProcessCommand command = enclosure.enclose(new ProcessCommand(List.of("/bin/bash", "-c",
                ESCAPE.formatted(daemonPrefix)), Map.of("PATH", "/usr/bin:/bin", "TMPDIR",
                System.getProperty("java.io.tmpdir")), new AppCdsArchives.Plan.None()));
        ProcessBuilder builder = new ProcessBuilder(command.command()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(command.environment());
        Process process = builder.start();
        String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        ProcessHandle daemon = ProcessHandle.of(Long.parseLong(String.valueOf(line).trim())).orElseThrow();
        awaitSleep(daemon);
        assertThat(MarkedProcesses.running(daemon)).isTrue();
        assertThat(daemon.parent().map(ProcessHandle::pid)).as("the daemon left the process's tree")
                .isNotEqualTo(java.util.Optional.of(process.pid()));
        assertThat(process.descendants()).doesNotContain(daemon);
        return new Started(process.toHandle(), daemon);
    }

    /**
     * Waits until the daemon runs {@code sleep}: until then it may still be the shell's fork or {@code env}, with the
     * marker in its environment (a sweep then would take what, once it has dropped its environment, it misses).
     */
    private static void awaitSleep(ProcessHandle daemon) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!daemon.info().command().orElse("").endsWith("/sleep")) {
            if (System.nanoTime() > deadline || !daemon.isAlive()) {
                fail("the daemon never ran sleep: " + daemon.info());
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void its_own_cgroup_takes_a_daemon_that_left_the_process_tree_and_dropped_its_environment() throws Exception {
        ProcessEnclosures enclosures = ProcessEnclosures.open();
        try {
            if (!enclosures.usesCgroups()) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail("CI=true, so the cgroup net must be tested: this machine gave the emulator no cgroup v2");
                }
                assumeTrue(false, "no writable cgroup v2 with cgroup.kill here");
            }
            ProcessEnclosure enclosure = enclosures.next();
            Started started = startInside(enclosure, "env -i");

            enclosure.killAll();

            assertThat(MarkedProcesses.running(started.daemon())).isFalse();
            assertThat(MarkedProcesses.running(started.process())).isFalse();
        } finally {
            enclosures.close();
        }
    }

    @Test
    void its_marker_takes_a_daemon_that_left_the_process_tree() throws Exception {
        ProcessEnclosures enclosures = ProcessEnclosures.markedOnly();
        ProcessEnclosure enclosure = enclosures.next();
        Started started = startInside(enclosure, "");

        enclosure.killAll();

        assertThat(MarkedProcesses.running(started.daemon())).isFalse();
        assertThat(MarkedProcesses.running(started.process())).isFalse();
    }

    @Test
    void the_marker_alone_misses_a_daemon_that_dropped_its_environment_which_is_why_cgroups_come_first()
            throws Exception {
        ProcessEnclosure enclosure = ProcessEnclosures.markedOnly().next();
        Started started = startInside(enclosure, "env -i");
        try {
            enclosure.killAll();

            assertThat(MarkedProcesses.running(started.process())).isFalse();
            assertThat(MarkedProcesses.running(started.daemon())).as("best effort, as documented").isTrue();
        } finally {
            started.daemon().destroyForcibly();
        }
    }
}
