package dev.rotor.emulator.lambda;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Keeps the AppCDS archive folder bounded. An archive's modification time is when a process last started from it
 * ({@link AppCdsArchives} touches it), so the folder is a least-recently-used cache:
 * <ul>
 *     <li>archives unused for {@link #UNUSED_FOR} (7 days) go: a week covers a developer's usual gap between runs of
 *     one function build; after that the build has almost always been replaced;</li>
 *     <li>beyond {@link #MAX_ARCHIVES} (32) the least recently used go: 32 archives of 8-30 MB stay under about 1 GB,
 *     and a catalog's functions share a handful of (code, handler) pairs;</li>
 *     <li>{@code .jsa.part} files older than {@link #ABANDONED_AFTER} (1 day) go: the JVM writes one only while it
 *     exits and the emulator renames or deletes it right after, so a day-old one was left by a killed emulator.</li>
 * </ul>
 * Archives in {@code protect} (in use by a process of this emulator, or planned for one that is starting) are never
 * deleted, though they count towards the cap. Deleting an archive another emulator's JVM has mapped is safe on Linux,
 * and a JVM whose {@code -XX:SharedArchiveFile} is gone starts without it.
 */
final class ArchiveEviction {
    static final Duration UNUSED_FOR = Duration.ofDays(7);
    static final int MAX_ARCHIVES = 32;
    static final Duration ABANDONED_AFTER = Duration.ofDays(1);

    private static final String ARCHIVE = ".jsa";
    private static final String PARTIAL = ".jsa.part";

    private final Path directory;
    private final Clock clock;

    ArchiveEviction(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    private record Archive(Path file, Instant lastUsed) {
    }

    /** Deletes what the bounds above leave out; best effort (a file another emulator deleted first is fine). */
    void sweep(Set<Path> protect) {
        Instant now = clock.instant();
        List<Archive> archives = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Instant modified = lastModified(file);
                if (modified == null) {
                    continue;
                }
                if (name.endsWith(PARTIAL) && modified.isBefore(now.minus(ABANDONED_AFTER))) {
                    delete(file);
                } else if (name.endsWith(ARCHIVE)) {
                    archives.add(new Archive(file, modified));
                }
            }
        } catch (IOException unreadable) {
            return;
        }
        archives.sort(Comparator.comparing(Archive::lastUsed).reversed());
        Instant unusedSince = now.minus(UNUSED_FOR);
        int kept = 0;
        for (Archive archive : archives) {
            boolean evict = archive.lastUsed().isBefore(unusedSince) || kept >= MAX_ARCHIVES;
            if (evict && !protect.contains(archive.file())) {
                delete(archive.file());
            } else {
                kept++;
            }
        }
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException gone) {
            return null;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the next sweep tries again
        }
    }
}
