package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunctionConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void loads_yaml_with_paths_relative_to_the_file() throws Exception {
        Path file = Files.writeString(dir.resolve("functions.yaml"), """
                functions:
                  - name: rotator
                    jar: build/rotator.jar
                    handler: com.example.Rotator::handleRequest
                    environment: {DB_HOST: localhost}
                    timeout: 45s
                    memorySize: 1024
                  - name: custom
                    code: /srv/custom
                    runtime: provided
                """);

        List<FunctionDefinition> functions = FunctionConfigFile.load(file);

        assertThat(functions).hasSize(2);
        assertThat(functions.get(0).code()).isEqualTo(dir.resolve("build/rotator.jar"));
        assertThat(functions.get(0).environment()).isEqualTo(Map.of("DB_HOST", "localhost"));
        assertThat(functions.get(0).timeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(functions.get(0).memoryMb()).isEqualTo(1024);
        assertThat(functions.get(1).runtime()).isEqualTo(FunctionRuntime.PROVIDED);
        assertThat(functions.get(1).code()).isEqualTo(Path.of("/srv/custom"));
    }

    @Test
    void loads_a_json_list() throws Exception {
        Path file = Files.writeString(dir.resolve("functions.json"),
                "[{\"name\":\"a\",\"code\":\"a.jar\",\"handler\":\"x.A\",\"timeout\":3}]");

        assertThat(FunctionConfigFile.load(file)).singleElement()
                .satisfies(function -> assertThat(function.timeout()).isEqualTo(Duration.ofSeconds(3)));
    }

    @Test
    void loads_a_python_function_from_a_zip_with_its_interpreter() throws Exception {
        Path file = Files.writeString(dir.resolve("functions.yaml"), """
                functions:
                  - name: py-rotator
                    code: dist/rotator.zip
                    handler: lambda_function.lambda_handler
                    runtime: python3.12
                    python: /usr/bin/python3
                    env: {EXCLUDE_CHARACTERS: "/@"}
                """);

        FunctionDefinition function = FunctionConfigFile.load(file).get(0);

        assertThat(function.code()).isEqualTo(dir.resolve("dist/rotator.zip"));
        assertThat(function.runtime()).isEqualTo(FunctionRuntime.PYTHON312);
        assertThat(function.pythonExecutable()).isEqualTo(Path.of("/usr/bin/python3"));
        assertThat(function.environment()).containsEntry("EXCLUDE_CHARACTERS", "/@");
    }

    @Test
    void refuses_a_reserved_variable_naming_the_entry() throws Exception {
        Path file = Files.writeString(dir.resolve("functions.json"),
                "[{\"name\":\"a\",\"code\":\"a.zip\",\"handler\":\"m.f\",\"runtime\":\"python3.11\","
                        + "\"environment\":{\"AWS_LAMBDA_FUNCTION_NAME\":\"x\"}}]");

        assertThatThrownBy(() -> FunctionConfigFile.load(file)).hasMessageContaining("function #1")
                .hasMessageContaining("Reserved keys used in this request: AWS_LAMBDA_FUNCTION_NAME");
    }

    @Test
    void names_the_bad_entry() throws Exception {
        Path file = Files.writeString(dir.resolve("functions.yaml"), """
                - name: ok
                  code: a.jar
                  handler: x.A
                - name: broken
                  code: b.jar
                  colour: red
                """);

        assertThatThrownBy(() -> FunctionConfigFile.load(file)).hasMessageContaining("function #2")
                .hasMessageContaining("colour");
    }
}
