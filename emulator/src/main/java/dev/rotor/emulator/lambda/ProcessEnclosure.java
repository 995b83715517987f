package dev.rotor.emulator.lambda;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything one function process starts, kept within reach so that killing it leaves nothing running: daemons that
 * left its process tree ({@code setsid}, a double fork, re-parented to init) included. Two nets: the process's own
 * cgroup where the host has a {@link CgroupTree} (exact), and always a variable in its environment that a sweep of
 * {@code /proc} finds ({@link MarkedProcesses}, best effort).
 */
final class ProcessEnclosure {
    /** The environment variable that marks a function process and everything it starts. */
    static final String MARKER = "_ROTOR_ENCLOSURE";
    /** Sweeps of a kill: a process that forks while it is swept is caught by the next sweep. */
    private static final int SWEEPS = 3;
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(5);

    private final String id = ProcessHandle.current().pid() + "-" + UUID.randomUUID();
    private final Path cgroup;

    /** An enclosure with a cgroup of its own from {@code tree}, or with the marker alone when there is none. */
    ProcessEnclosure(CgroupTree tree) {
        this.cgroup = newCgroup(tree);
    }

    private static Path newCgroup(CgroupTree tree) {
        try {
            return tree == null ? null : tree.newCgroup();
        } catch (IOException notNow) {
            return null;
        }
    }

    /** The command that starts inside the enclosure: marked, and moved into the cgroup before it runs. */
    ProcessCommand enclose(ProcessCommand command) {
        Map<String, String> environment = new HashMap<>(command.environment());
        environment.put(MARKER, id);
        return new ProcessCommand(cgroup == null ? command.command() : CgroupTree.entering(cgroup, command.command()),
                environment, command.cds());
    }

    /** Whether a marker value belongs to an emulator JVM that is gone (its processes are orphans). */
    static boolean orphaned(String markerValue) {
        String pid = markerValue.split("-", 2)[0];
        return pid.matches("\\d{1,10}") && ProcessHandle.of(Long.parseLong(pid)).isEmpty();
    }

    /** Kills every process in the enclosure and waits (a few seconds at most) until they are gone. */
    void killAll() {
        if (cgroup != null) {
            CgroupTree.kill(cgroup);
            CgroupTree.awaitEmpty(cgroup, EXIT_TIMEOUT);
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            List<ProcessHandle> found = MarkedProcesses.find(MARKER, id::equals);
            if (found.isEmpty()) {
                return;
            }
            found.forEach(ProcessHandle::destroyForcibly);
            // a killed orphan is a zombie until init reaps it: wait until none runs
            KernelState.awaitUntil(() -> found.stream().noneMatch(MarkedProcesses::running), EXIT_TIMEOUT);
        }
    }

    /** Kills what is left and gives the cgroup back. */
    void close() {
        killAll();
        if (cgroup != null) {
            CgroupTree.remove(cgroup);
        }
    }
}
