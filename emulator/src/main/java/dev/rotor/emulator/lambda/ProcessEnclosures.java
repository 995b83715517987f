package dev.rotor.emulator.lambda;

/**
 * The function host's {@link ProcessEnclosure}s: each in a cgroup of its own where the host could make a
 * {@link CgroupTree}, else marked only. Opening them first kills the marked processes of emulators that died
 * without cleaning up.
 */
final class ProcessEnclosures implements AutoCloseable {
    private final CgroupTree cgroups;

    private ProcessEnclosures(CgroupTree cgroups) {
        this.cgroups = cgroups;
    }

    static ProcessEnclosures open() {
        MarkedProcesses.find(ProcessEnclosure.MARKER, ProcessEnclosure::orphaned)
                .forEach(ProcessHandle::destroyForcibly);
        return new ProcessEnclosures(CgroupTree.create().orElse(null));
    }

    /** Marked processes only, even where cgroups could be used (to test the sweep on its own). */
    static ProcessEnclosures markedOnly() {
        return new ProcessEnclosures(null);
    }

    ProcessEnclosure next() {
        return new ProcessEnclosure(cgroups);
    }

    /** Whether each process gets a cgroup of its own. */
    boolean usesCgroups() {
        return cgroups != null;
    }

    /** Kills whatever is left in the host's cgroups and removes them. */
    @Override
    public void close() {
        if (cgroups != null) {
            cgroups.close();
        }
    }
}
