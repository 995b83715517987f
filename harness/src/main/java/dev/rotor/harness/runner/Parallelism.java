package dev.rotor.harness.runner;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How many scenarios a run carries out at once by default: {@code min(cores + 1, available memory / 512 MiB)}, at least
 * one (and never more than there are scenarios to run). A running scenario is mostly a function process (a JVM of its
 * own, about 150-250 MB resident) and an emulator in this JVM, and keeps about 0.8 of a core busy: it also waits (for
 * a slow or failing step, an injected latency). One scenario more than cores fills that; more only queue for the CPU
 * (on 2 cores: 3 and 4 at once took the same time, docs/benchmarks.md).
 */
public final class Parallelism {
    /** The memory one running scenario is given when the default is worked out. */
    static final long PER_SCENARIO_BYTES = 512L * 1024 * 1024;

    private Parallelism() {
    }

    /** The default for this machine. */
    public static int machineDefault() {
        return of(Runtime.getRuntime().availableProcessors(), availableMemory());
    }

    /** The default for a machine with {@code cores} cores and {@code availableBytes} of memory to spare. */
    static int of(int cores, long availableBytes) {
        return (int) Math.max(1, Math.min(cores + 1L, availableBytes / PER_SCENARIO_BYTES));
    }

    /**
     * MemAvailable from /proc/meminfo (free memory plus what the kernel can reclaim), at most the memory the JVM sees
     * in all (a container's limit); elsewhere the JVM's free memory.
     */
    private static long availableMemory() {
        var system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return memInfoAvailable().map(available -> Math.min(available, system.getTotalMemorySize()))
                .orElseGet(system::getFreeMemorySize);
    }

    private static Optional<Long> memInfoAvailable() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemAvailable:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst();
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }
}
