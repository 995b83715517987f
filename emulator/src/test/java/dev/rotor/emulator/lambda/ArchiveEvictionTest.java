package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveEvictionTest {
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @TempDir
    Path dir;

    private ArchiveEviction eviction() {
        return new ArchiveEviction(dir, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void archives_unused_for_seven_days_go_and_recently_used_ones_stay() throws IOException {
        Path stale = file("stale.jsa", Duration.ofDays(7).plusMinutes(1));
        Path lastWeek = file("last-week.jsa", Duration.ofDays(6));
        Path today = file("today.jsa", Duration.ofMinutes(5));

        eviction().sweep(Set.of());

        assertThat(stale).doesNotExist();
        assertThat(lastWeek).exists();
        assertThat(today).exists();
    }

    @Test
    void beyond_the_cap_the_least_recently_used_archives_go() throws IOException {
        List<Path> newestFirst = new ArrayList<>();
        for (int i = 0; i < ArchiveEviction.MAX_ARCHIVES + 3; i++) {
            newestFirst.add(file("archive-" + i + ".jsa", Duration.ofMinutes(i + 1)));
        }

        eviction().sweep(Set.of());

        assertThat(archives()).containsExactlyInAnyOrderElementsOf(
                newestFirst.subList(0, ArchiveEviction.MAX_ARCHIVES));
    }

    @Test
    void partial_archives_older_than_a_day_go_and_younger_ones_stay() throws IOException {
        Path abandoned = file("key.1234.jsa.part", Duration.ofHours(25));
        Path beingWritten = file("key.5678.jsa.part", Duration.ofMinutes(1));

        eviction().sweep(Set.of());

        assertThat(abandoned).doesNotExist();
        assertThat(beingWritten).exists();
    }

    @Test
    void a_protected_archive_stays_though_it_is_old_and_beyond_the_cap() throws IOException {
        Path inUse = file("in-use.jsa", Duration.ofDays(30));
        for (int i = 0; i < ArchiveEviction.MAX_ARCHIVES + 1; i++) {
            file("archive-" + i + ".jsa", Duration.ofMinutes(i + 1));
        }

        eviction().sweep(Set.of(inUse));

        assertThat(inUse).exists();
        assertThat(archives()).hasSize(ArchiveEviction.MAX_ARCHIVES + 1);
    }

    @Test
    void other_files_in_the_folder_are_left_alone() throws IOException {
        Path notes = file("README.txt", Duration.ofDays(400));

        eviction().sweep(Set.of());

        assertThat(notes).exists();
    }

    @Test
    void a_missing_folder_is_nothing_to_sweep() {
        new ArchiveEviction(dir.resolve("never-created"), Clock.fixed(NOW, ZoneOffset.UTC)).sweep(Set.of());

        assertThat(dir.resolve("never-created")).doesNotExist();
    }

    private Path file(String name, Duration age) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "archive");
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
        return file;
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".jsa")).toList();
        }
    }
}
