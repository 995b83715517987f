package dev.rotor.emulator.lambda;

import com.fasterxml.jackson.annotation.JsonAlias;

import java.nio.file.Path;
import java.util.Map;

/**
 * A function definition as written in JSON or YAML (config file, control plane). {@code code} is a jar, a zip or a
 * folder; {@code timeout} is seconds or a string such as {@code 30s}/{@code PT30S}; relative {@code code} paths resolve
 * against a base folder.
 */
public record FunctionSpec(String name, @JsonAlias("jar") String code, String handler,
                           @JsonAlias("env") Map<String, String> environment, String timeout,
                           @JsonAlias({"memory", "memorySize"}) Integer memoryMb, String runtime,
                           @JsonAlias("java") String javaExecutable,
                           @JsonAlias("python") String pythonExecutable) {

    public FunctionDefinition toDefinition(Path baseDir) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A function needs 'code' (a jar, zip or folder)");
        }
        Path codePath = baseDir == null ? Path.of(code) : baseDir.resolve(code);
        return new FunctionDefinition(name, codePath, handler, environment,
                timeout == null ? null : FunctionDefinition.parseTimeout(timeout), memoryMb == null ? 0 : memoryMb,
                runtime == null ? null : FunctionRuntime.of(runtime), path(javaExecutable), path(pythonExecutable));
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text);
    }
}
