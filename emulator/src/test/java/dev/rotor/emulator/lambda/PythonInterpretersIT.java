package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which interpreter a Python function gets, with real interpreters behind small wrapper scripts on a made-up search
 * PATH (the scripts themselves run with the test's own PATH).
 */
class PythonInterpretersIT {

    @TempDir
    Path dir;

    @BeforeAll
    static void pythonIsThere() {
        TestFunctions.requirePythonWithBoto3();
    }

    private Path script(String folder, String name, String body) throws IOException {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static FunctionDefinition function(FunctionRuntime runtime, Path python) {
        return new FunctionDefinition("f", Path.of("/code"), "m.f", Map.of(), null, 0, runtime, null, python);
    }

    @Test
    void prefers_the_runtimes_version_on_path_over_python3() throws Exception {
        Path bin = script("bin", "python3.12", "PYTHONPATH=" + TestFunctions.pythonFixtures().resolve("fake-ric")
                + " exec python3 \"$@\"").getParent();
        script("bin", "python3", "exec python3 \"$@\"");
        PythonInterpreters interpreters = new PythonInterpreters(bin.toString());

        assertThat(interpreters.resolve(function(FunctionRuntime.PYTHON312, null)).awslambdaric())
                .as("python3.12 (the one that can import awslambdaric) was chosen").isTrue();
        assertThat(interpreters.resolve(function(FunctionRuntime.PYTHON311, null)).awslambdaric())
                .as("no python3.11 here: python3").isFalse();
    }

    @Test
    void passes_over_a_command_that_does_not_run_as_pyenv_shims_of_missing_versions_do() throws Exception {
        Path bin = script("bin", "python3.13", "echo 'pyenv: python3.13: command not found' >&2; exit 127").getParent();
        script("bin", "python3", "exec python3 \"$@\"");
        PythonInterpreters interpreters = new PythonInterpreters(bin.toString());

        PythonInterpreters.Interpreter python = interpreters.resolve(function(FunctionRuntime.PYTHON313, null));

        assertThat(python.version()).startsWith("3.");
        assertThat(python.executable()).as("the interpreter's own executable, so shims need no shell setup")
                .isNotEqualTo(bin.resolve("python3")).isAbsolute();
    }

    @Test
    void names_what_it_tried_when_nothing_runs() throws Exception {
        Path bin = script("bin", "python3", "exit 1").getParent();
        PythonInterpreters interpreters = new PythonInterpreters(bin.toString());

        assertThatThrownBy(() -> interpreters.resolve(function(FunctionRuntime.PYTHON39, null)))
                .hasMessageContaining("none of python3.9, python3 on PATH runs")
                .hasMessageContaining("python=PATH");
    }

    @Test
    void runs_a_configured_interpreter_as_given_and_refuses_one_that_does_not_run() throws Exception {
        Path wrapper = script("bin", "my-python", "exec python3 \"$@\"");
        Path broken = script("bin", "broken-python", "exit 3");
        PythonInterpreters interpreters = new PythonInterpreters("");

        assertThat(interpreters.resolve(function(FunctionRuntime.PYTHON311, wrapper)).executable()).isEqualTo(wrapper);
        assertThatThrownBy(() -> interpreters.resolve(function(FunctionRuntime.PYTHON311, broken)))
                .hasMessageContaining("with python= does not run as a Python interpreter");
    }
}
