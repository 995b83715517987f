package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PythonBytecodeCacheTest {

    @TempDir
    Path dir;

    @Test
    void the_byte_code_of_a_folder_lies_under_its_absolute_path() {
        PythonBytecodeCache cache = new PythonBytecodeCache(dir.resolve("pycache"));

        assertThat(cache.mirrorOf(Path.of("/tmp/rotor-lambda1/task/fn.zip-0123")))
                .isEqualTo(dir.resolve("pycache/tmp/rotor-lambda1/task/fn.zip-0123"));
    }

    @Test
    void the_byte_code_of_work_folders_that_are_gone_is_deleted_and_the_rest_kept() throws IOException {
        PythonBytecodeCache cache = new PythonBytecodeCache(dir.resolve("pycache"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path running = Files.createDirectories(tmp.resolve("rotor-lambda1"));
        Path runningCode = byteCode(cache, running.resolve("task/fn.zip-01"));
        Path killedCode = byteCode(cache, tmp.resolve("rotor-lambda2/task/fn.zip-01"));
        Path someoneElses = byteCode(cache, tmp.resolve("other-tool/lib"));

        cache.deleteMirrorsOfGone(tmp, CodePreparation.TEMPORARY_WORK_FOLDER);

        assertThat(runningCode).exists();
        assertThat(killedCode).doesNotExist();
        assertThat(cache.mirrorOf(tmp.resolve("rotor-lambda2"))).doesNotExist();
        assertThat(someoneElses).as("not a work folder of ours").exists();
    }

    @Test
    void deleting_a_mirror_that_was_never_written_is_harmless() {
        PythonBytecodeCache cache = new PythonBytecodeCache(dir.resolve("pycache"));

        cache.deleteMirrorOf(dir.resolve("never-imported"));
        cache.deleteMirrorsOfGone(dir.resolve("tmp"), CodePreparation.TEMPORARY_WORK_FOLDER);

        assertThat(dir.resolve("pycache")).doesNotExist();
    }

    private static Path byteCode(PythonBytecodeCache cache, Path sourceFolder) throws IOException {
        Path pyc = cache.mirrorOf(sourceFolder).resolve("handler.cpython-311.pyc");
        Files.createDirectories(pyc.getParent());
        return Files.writeString(pyc, "byte code");
    }
}
