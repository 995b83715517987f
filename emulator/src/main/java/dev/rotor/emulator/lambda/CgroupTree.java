package dev.rotor.emulator.lambda;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The function host's cgroup v2 subtree, where the kernel lets the emulator make one: {@code rotor-<jvm pid>-<id>}
 * beside the emulator in its own cgroup, one child per function process. A process cannot leave its cgroup by
 * forking, {@code setsid} or being re-parented, and {@code cgroup.kill} (Linux 5.14+) kills every process in a
 * cgroup at once, so a kill there leaves nothing behind. Not available with cgroup v1 only, without write access to
 * the emulator's own cgroup (most containers, non-delegated user sessions), or without {@code cgroup.kill}.
 */
final class CgroupTree {
    private static final String PREFIX = "rotor-";
    private final Path root;
    private final AtomicInteger children = new AtomicInteger();

    private CgroupTree(Path root) {
        this.root = root;
    }

    /**
     * A new subtree for this host, or empty where cgroups cannot be used. First removes the subtrees of emulators
     * that died without cleaning up (their processes are killed).
     */
    static Optional<CgroupTree> create() {
        Optional<Path> own = ownCgroup();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        removeOrphans(own.get());
        Path root = own.get().resolve(PREFIX + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.createDirectory(root);
        } catch (IOException notAllowed) {
            return Optional.empty();
        }
        CgroupTree tree = new CgroupTree(root);
        if (!Files.exists(root.resolve("cgroup.kill")) || !tree.canEnter()) {
            tree.close();
            return Optional.empty();
        }
        return Optional.of(tree);
    }

    /** Where this tree is, for messages. */
    Path root() {
        return root;
    }

    /** A new, empty cgroup for one process. */
    Path newCgroup() throws IOException {
        return Files.createDirectory(root.resolve("process-" + children.incrementAndGet()));
    }

    /** The command line that moves the process into {@code cgroup} before it becomes {@code command}. */
    static List<String> entering(Path cgroup, List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("/bin/sh", "-c", "echo $$ > \"$0\"; exec \"$@\"",
                cgroup.resolve("cgroup.procs").toString()));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Kills every process in the cgroup and its children at once; they exit as soon as the kernel delivers it. */
    static void kill(Path cgroup) {
        try {
            Files.writeString(cgroup.resolve("cgroup.kill"), "1");
        } catch (IOException gone) {
            // removed already
        }
    }

    /** Waits, {@code timeout} at most, until no process is left in the cgroup (the last one has exited). */
    static boolean awaitEmpty(Path cgroup, Duration timeout) {
        return KernelState.awaitUntil(() -> empty(cgroup), timeout);
    }

    private static boolean empty(Path cgroup) {
        try {
            return Files.readAllLines(cgroup.resolve("cgroup.events")).contains("populated 0");
        } catch (IOException gone) {
            return true;
        }
    }

    /** Removes an empty cgroup; false while a process is still in it. */
    static boolean remove(Path cgroup) {
        try {
            Files.deleteIfExists(cgroup);
            return true;
        } catch (IOException busy) {
            return false;
        }
    }

    /** Kills what is left in the whole subtree and removes it. */
    void close() {
        removeTree(root);
    }

    /** Whether a process can move itself into a cgroup here (the write needs rights on the common ancestor too). */
    private boolean canEnter() {
        try {
            Path probe = newCgroup();
            Process process = new ProcessBuilder(entering(probe, List.of("/bin/true")))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean entered = process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
            removeTree(probe);
            return entered;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void removeTree(Path cgroup) {
        if (!Files.isDirectory(cgroup)) {
            return;
        }
        kill(cgroup);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(cgroup, Files::isDirectory)) {
            for (Path child : entries) {
                removeTree(child);
            }
        } catch (IOException gone) {
            // removed already
        }
        awaitEmpty(cgroup, Duration.ofSeconds(5));
        remove(cgroup);
    }

    /** Subtrees named after a JVM that is gone: an emulator killed before it could clean up. */
    private static void removeOrphans(Path own) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(own, PREFIX + "*")) {
            for (Path entry : entries) {
                String[] parts = entry.getFileName().toString().split("-");
                if (parts.length == 3 && parts[1].matches("\\d{1,10}")
                        && ProcessHandle.of(Long.parseLong(parts[1])).isEmpty()) {
                    removeTree(entry);
                }
            }
        } catch (IOException unreadable) {
            // nothing to clean here
        }
    }

    /** This JVM's cgroup in the cgroup v2 hierarchy, if there is one. */
    private static Optional<Path> ownCgroup() {
        try {
            Optional<String> mount = Files.readAllLines(Path.of("/proc/self/mountinfo")).stream()
                    .filter(line -> line.contains(" - cgroup2 ")).map(line -> line.split(" ")[4]).findFirst();
            Optional<String> path = Files.readAllLines(Path.of("/proc/self/cgroup")).stream()
                    .filter(line -> line.startsWith("0::")).map(line -> line.substring(3)).findFirst();
            if (mount.isEmpty() || path.isEmpty()) {
                return Optional.empty();
            }
            Path own = Path.of(mount.get(), path.get().replaceFirst("^/", ""));
            return Files.isDirectory(own) ? Optional.of(own) : Optional.empty();
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }
}
