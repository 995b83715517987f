package dev.rotor.emulator.lambda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AppCDS archives per (JDK, function code, handler, runtime class path), kept in the cache folder across runs. The first
 * process of a function records one ({@code -XX:ArchiveClassesAtExit}, written when the JVM exits normally); it is
 * kept only if that process served a successful invocation. Later processes start from it
 * ({@code -XX:SharedArchiveFile}), which roughly halves the cold start. Starting from an archive touches it, and
 * keeping a new one (and a host's start) sweeps the folder ({@link ArchiveEviction}: unused for 7 days or beyond 32, least recently used
 * first), never deleting an archive a process of this emulator runs from or is about to start from.
 */
final class AppCdsArchives {

    /** What one process does with AppCDS. */
    sealed interface Plan permits Plan.None, Plan.Use, Plan.Record {
        List<String> jvmOptions();

        record None() implements Plan {
            public List<String> jvmOptions() {
                return List.of();
            }
        }

        record Use(Path archive) implements Plan {
            public List<String> jvmOptions() {
                return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
            }
        }

        record Record(String key, Path temporary, Path archive) implements Plan {
            public List<String> jvmOptions() {
                return List.of("-XX:ArchiveClassesAtExit=" + temporary, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
            }
        }
    }

    private final Path directory;
    private final Clock clock;
    private final ArchiveEviction eviction;
    private final Set<String> recording = ConcurrentHashMap.newKeySet();
    /** Processes per archive between {@link #plan} and {@link #finish}; guarded by itself, as is the sweep. */
    private final Map<Path, Integer> inUse = new HashMap<>();

    AppCdsArchives(Path directory) {
        this(directory, Clock.systemUTC());
    }

    AppCdsArchives(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
        this.eviction = new ArchiveEviction(directory, clock);
    }

    Plan plan(Path java, String javaVersion, String codeFingerprint, String handler, String classpath) {
        // the handler is part of the key: two handlers in one jar load different classes
        String key = sha256(java.toAbsolutePath() + "\n" + javaVersion + "\n" + codeFingerprint + "\n" + handler
                + "\n" + classpath);
        Path archive = directory.resolve(key + ".jsa");
        synchronized (inUse) { // a sweep cannot delete it between this check and the process's start
            if (Files.isRegularFile(archive)) {
                inUse.merge(archive, 1, Integer::sum);
                touch(archive);
                return new Plan.Use(archive);
            }
        }
        if (!recording.add(key)) {
            return new Plan.None();
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            recording.remove(key);
            return new Plan.None();
        }
        return new Plan.Record(key, directory.resolve(key + "." + UUID.randomUUID() + ".jsa.part"), archive);
    }

    /**
     * Called after the process has exited (or failed to start): releases the archive it used, or keeps a recorded
     * archive if it is worth keeping and then sweeps the folder.
     */
    void finish(Plan plan, boolean keep) {
        if (plan instanceof Plan.Use use) {
            synchronized (inUse) {
                inUse.computeIfPresent(use.archive(), (archive, processes) -> processes > 1 ? processes - 1 : null);
            }
        }
        if (!(plan instanceof Plan.Record record)) {
            return;
        }
        try {
            if (keep && Files.isRegularFile(record.temporary()) && Files.size(record.temporary()) > 0) {
                Files.move(record.temporary(), record.archive(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                touch(record.archive());
                sweep(List.of(record.archive()));
            }
        } catch (IOException ignored) {
            // no archive this time; the next process records again
        } finally {
            try {
                Files.deleteIfExists(record.temporary());
            } catch (IOException ignored) {
                // best effort
            }
            recording.remove(record.key());
        }
    }

    /** Deletes archives beyond the bounds ({@link ArchiveEviction}), sparing those this emulator's processes use. */
    void sweep() {
        sweep(List.of());
    }

    private void sweep(List<Path> alsoSpared) {
        synchronized (inUse) {
            Set<Path> spared = new HashSet<>(inUse.keySet());
            spared.addAll(alsoSpared);
            eviction.sweep(spared);
        }
    }

    private void touch(Path archive) {
        try {
            Files.setLastModifiedTime(archive, FileTime.from(clock.instant()));
        } catch (IOException readOnlyCache) {
            // the archive still works; it only looks older to the sweep
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
