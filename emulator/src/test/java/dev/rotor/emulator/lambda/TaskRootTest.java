package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class TaskRootTest {

    @TempDir
    Path dir;

    @Test
    void functions_registered_from_the_same_package_share_one_unzipped_task_root() throws Exception {
        Path jar = jar("rotation.jar", "Handler.class");
        Path work = dir.resolve("work");

        Path first = TaskRoot.prepare(jar, work);
        Files.writeString(first.resolve("marker-left-by-the-first"), "x");
        Path second = TaskRoot.prepare(jar, work);

        assertThat(second).isEqualTo(first);
        assertThat(second.resolve("marker-left-by-the-first")).as("not unzipped again").exists();
        assertThat(taskRoots(work)).containsExactly(first);
    }

    @Test
    void a_changed_package_gets_a_task_root_of_its_own() throws Exception {
        Path jar = jar("rotation.jar", "Handler.class");
        Path work = dir.resolve("work");
        Path before = TaskRoot.prepare(jar, work);

        jar("rotation.jar", "Handler.class", "Added.class");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        Path after = TaskRoot.prepare(jar, work);

        assertThat(after).isNotEqualTo(before);
        assertThat(after.resolve("Added.class")).exists();
        assertThat(before.resolve("Added.class")).doesNotExist();
    }

    @Test
    void a_start_deletes_the_trees_of_packages_that_changed_or_went_and_keeps_the_current_one() throws Exception {
        Path work = dir.resolve("work");
        Path old = TaskRoot.prepare(jar("rotation.jar", "Handler.class"), work);
        Path jar = jar("rotation.jar", "Handler.class", "Added.class");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        Path current = TaskRoot.prepare(jar, work);
        Path removedPackage = jar("removed.jar", "Handler.class");
        Path ofRemoved = TaskRoot.prepare(removedPackage, work);
        Files.delete(removedPackage);
        Path halfUnzipped = Files.createDirectories(work.resolve("task").resolve("rotation.jar-unzip123"));

        var deleted = TaskRoot.deleteStale(work);

        assertThat(deleted).containsExactlyInAnyOrder(old, ofRemoved, halfUnzipped);
        assertThat(taskRoots(work)).containsExactly(current);
        assertThat(current.resolve("Added.class")).exists();
        assertThat(TaskRoot.prepare(jar, work)).as("still used as it is").isEqualTo(current);
    }

    @Test
    void a_work_folder_with_nothing_unpacked_has_nothing_stale() {
        assertThat(TaskRoot.deleteStale(dir.resolve("never-used"))).isEmpty();
    }

    @Test
    void functions_prepared_at_the_same_time_get_one_task_root_and_leave_no_staging_folder() throws Exception {
        Path jar = jar("rotation.jar", "Handler.class");
        Path work = dir.resolve("work");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Path> prepare = () -> TaskRoot.prepare(jar, work);
            var futures = pool.invokeAll(java.util.Collections.nCopies(8, prepare));
            for (Future<Path> future : futures) {
                assertThat(future.get()).isEqualTo(futures.get(0).get());
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> left = Files.list(work.resolve("task"))) {
            assertThat(left).as("no staging folder left behind").hasSize(1);
        }
    }

    @Test
    void a_folder_is_its_own_task_root() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("code"));

        assertThat(TaskRoot.prepare(folder, dir.resolve("work"))).isEqualTo(folder.toAbsolutePath().normalize());
    }

    private Path jar(String name, String... entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(entry.getBytes());
                out.closeEntry();
            }
        }
        return jar;
    }

    private static java.util.List<Path> taskRoots(Path work) throws IOException {
        try (Stream<Path> roots = Files.list(work.resolve("task"))) {
            return roots.toList();
        }
    }
}
