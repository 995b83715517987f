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
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AppCdsArchivesTest {
    private static final Path JAVA = Path.of("/usr/bin/java");

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T12:00:00Z"));

    @Test
    void starting_a_process_from_an_archive_marks_it_as_just_used() throws IOException {
        AppCdsArchives archives = new AppCdsArchives(dir, clock);
        Path archive = keepArchive(archives, "v1");
        clock.advance(Duration.ofDays(6));

        AppCdsArchives.Plan plan = archives.plan(JAVA, "17", "v1", "Handler", "ric.jar");

        assertThat(plan).isEqualTo(new AppCdsArchives.Plan.Use(archive));
        assertThat(Files.getLastModifiedTime(archive).toInstant()).isEqualTo(clock.instant());
    }

    @Test
    void keeping_a_new_archive_deletes_archives_unused_for_a_week() throws IOException {
        AppCdsArchives archives = new AppCdsArchives(dir, clock);
        Path old = keepArchive(archives, "v1");
        clock.advance(Duration.ofDays(8));

        Path rebuilt = keepArchive(archives, "v2");

        assertThat(old).doesNotExist();
        assertThat(rebuilt).exists();
    }

    @Test
    void an_archive_planned_for_a_starting_process_survives_sweeps_until_the_process_is_done() throws IOException {
        AppCdsArchives archives = new AppCdsArchives(dir, clock);
        Path planned = keepArchive(archives, "planned");
        AppCdsArchives.Plan use = archives.plan(JAVA, "17", "planned", "Handler", "ric.jar");
        clock.advance(Duration.ofDays(30)); // the process is slow to start: the archive now looks long unused

        keepArchive(archives, "newest");
        assertThat(planned).as("in use by a process of this emulator").exists();

        archives.finish(use, false);
        keepArchive(archives, "after-the-process");
        assertThat(planned).as("released").doesNotExist();
    }

    @Test
    void a_sweep_removes_partial_archives_a_killed_emulator_left() throws IOException {
        AppCdsArchives archives = new AppCdsArchives(dir, clock);
        Files.createDirectories(dir);
        Path partial = Files.writeString(dir.resolve("abc.0f1e.jsa.part"), "half");
        Files.setLastModifiedTime(partial, FileTime.from(clock.instant()));
        clock.advance(Duration.ofDays(2));

        keepArchive(archives, "v1");

        assertThat(partial).doesNotExist();
    }

    @Test
    void a_sweep_at_start_deletes_the_archives_earlier_runs_left_beyond_the_bounds() throws IOException {
        Path stale = keepArchive(new AppCdsArchives(dir, clock), "v1");
        clock.advance(Duration.ofDays(8));

        new AppCdsArchives(dir, clock).sweep();

        assertThat(stale).doesNotExist();
    }

    /** Records an archive for code version {@code code}, as a process that served a success leaves it. */
    private Path keepArchive(AppCdsArchives archives, String code) throws IOException {
        AppCdsArchives.Plan plan = archives.plan(JAVA, "17", code, "Handler", "ric.jar");
        assertThat(plan).isInstanceOf(AppCdsArchives.Plan.Record.class);
        AppCdsArchives.Plan.Record record = (AppCdsArchives.Plan.Record) plan;
        Files.writeString(record.temporary(), "classes of " + code); // what -XX:ArchiveClassesAtExit writes
        archives.finish(record, true);
        assertThat(record.archive()).exists();
        return record.archive();
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
