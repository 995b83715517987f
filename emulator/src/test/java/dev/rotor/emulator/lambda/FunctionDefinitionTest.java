package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunctionDefinitionTest {

    @Test
    void parses_the_command_line_spec() {
        FunctionDefinition function = FunctionDefinition.parse("name=rotate,jar=/tmp/f.jar,handler=a.B::handle,"
                + "env.DB_HOST=localhost,env.MODE=x=y,timeout=45,memory=1024,runtime=java21,java=/opt/jdk/bin/java");

        assertThat(function.name()).isEqualTo("rotate");
        assertThat(function.code()).isEqualTo(Path.of("/tmp/f.jar"));
        assertThat(function.handler()).isEqualTo("a.B::handle");
        assertThat(function.environment()).isEqualTo(Map.of("DB_HOST", "localhost", "MODE", "x=y"));
        assertThat(function.timeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(function.memoryMb()).isEqualTo(1024);
        assertThat(function.runtime()).isEqualTo(FunctionRuntime.JAVA21);
        assertThat(function.javaExecutable()).isEqualTo(Path.of("/opt/jdk/bin/java"));
    }

    @Test
    void fills_in_lambdas_defaults() {
        FunctionDefinition function = FunctionDefinition.parse("name=f,jar=f.jar,handler=a.B");

        assertThat(function.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(function.memoryMb()).isEqualTo(512);
        assertThat(function.runtime()).isEqualTo(FunctionRuntime.JAVA17);
        assertThat(function.environment()).isEmpty();
    }

    @Test
    void accepts_several_timeout_spellings() {
        assertThat(FunctionDefinition.parseTimeout("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(FunctionDefinition.parseTimeout("1500ms")).isEqualTo(Duration.ofMillis(1500));
        assertThat(FunctionDefinition.parseTimeout("PT1M")).isEqualTo(Duration.ofMinutes(1));
        assertThat(FunctionDefinition.parseTimeout("2.5")).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void rejects_bad_specs_with_clear_messages() {
        assertThatThrownBy(() -> FunctionDefinition.parse("name=f,jar=f.jar")).hasMessageContaining("handler");
        assertThatThrownBy(() -> FunctionDefinition.parse("name=bad name,jar=f.jar,handler=a.B"))
                .hasMessageContaining("Function name");
        assertThatThrownBy(() -> FunctionDefinition.parse("name=f,jar=f.jar,handler=a.B,colour=red"))
                .hasMessageContaining("Unknown key 'colour'");
        assertThatThrownBy(() -> FunctionDefinition.parse("name=f,jar=f.jar,handler=a.B,runtime=nodejs20.x"))
                .hasMessageContaining("Unsupported runtime").hasMessageContaining("python3.13");
        assertThatThrownBy(() -> FunctionDefinition.parse("name=f,jar=f.jar,handler=a.B,timeout=901"))
                .hasMessageContaining("Timeout");
        assertThatThrownBy(() -> FunctionDefinition.parse("name=f,jar=f.jar,handler=a.B,memory=64"))
                .hasMessageContaining("Memory");
    }

    @Test
    void parses_a_python_function_with_its_interpreter() {
        FunctionDefinition function = FunctionDefinition.parse("name=py,code=/srv/fn.zip,"
                + "handler=lambda_function.lambda_handler,runtime=python3.11,python=/usr/bin/python3");

        assertThat(function.runtime()).isEqualTo(FunctionRuntime.PYTHON311);
        assertThat(function.runtime().pythonMinor()).isEqualTo(11);
        assertThat(function.handler()).isEqualTo("lambda_function.lambda_handler");
        assertThat(function.pythonExecutable()).isEqualTo(Path.of("/usr/bin/python3"));
        assertThat(function.javaExecutable()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"python3.9", "python3.10", "python3.11", "python3.12", "python3.13"})
    void knows_lambdas_python_runtimes_by_their_names(String id) {
        FunctionRuntime runtime = FunctionRuntime.of(id);

        assertThat(runtime.id()).isEqualTo(id);
        assertThat(runtime.isPython()).isTrue();
        assertThat(runtime.executionEnvironment()).contains("AWS_Lambda_" + id);
    }

    @Test
    void sets_no_execution_environment_for_the_os_only_runtime() {
        assertThat(FunctionRuntime.PROVIDED.executionEnvironment()).isEmpty();
        assertThat(FunctionRuntime.JAVA17.executionEnvironment()).contains("AWS_Lambda_java17");
    }

    @Test
    void a_python_function_needs_a_handler_and_no_java() {
        assertThatThrownBy(() -> FunctionDefinition.parse("name=f,code=fn,runtime=python3.11"))
                .hasMessageContaining("module.function");
        assertThatThrownBy(() -> FunctionDefinition.parse("name=f,code=fn,handler=m.f,runtime=python3.11,java=/j"))
                .hasMessageContaining("java= applies to the java17 and java21 runtimes only");
        assertThatThrownBy(() -> FunctionDefinition.parse("name=f,code=f.jar,handler=a.B,python=/usr/bin/python3"))
                .hasMessageContaining("python= applies to the python3.9 to python3.13 runtimes only");
    }

    /** Lambda's developer guide, "Defined runtime environment variables": the keys marked reserved. */
    @ParameterizedTest
    @ValueSource(strings = {"_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
            "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
            "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
            "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR"})
    void refuses_each_reserved_variable_with_lambdas_message(String key) {
        assertThatThrownBy(() -> FunctionDefinition.parse("name=f,code=f.jar,handler=a.B,env." + key + "=x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Lambda was unable to configure your environment variables because the environment"
                        + " variables you have provided contains reserved keys that are currently not supported for"
                        + " modification. Reserved keys used in this request: " + key);
    }

    @Test
    void names_every_reserved_key_of_a_request_in_its_order() {
        Map<String, String> environment = new java.util.LinkedHashMap<>();
        environment.put("AWS_SECRET_ACCESS_KEY", "x");
        environment.put("MINE", "y");
        environment.put("AWS_ACCESS_KEY_ID", "z");

        assertThatThrownBy(() -> FunctionDefinition.of("f", Path.of("f.jar"), "a.B").withEnvironment(environment))
                .hasMessageEndingWith("Reserved keys used in this request: AWS_SECRET_ACCESS_KEY, AWS_ACCESS_KEY_ID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PATH", "LANG", "LD_LIBRARY_PATH", "PYTHONPATH", "TZ", "JAVA_TOOL_OPTIONS",
            "AWS_LAMBDA_EXEC_WRAPPER", "SECRETS_MANAGER_ENDPOINT"})
    void lets_a_function_set_the_variables_lambda_does_not_reserve(String key) {
        FunctionDefinition function = FunctionDefinition.parse("name=f,code=f.jar,handler=a.B,env." + key + "=x");

        assertThat(function.environment()).containsEntry(key, "x");
    }

    @Test
    void a_provided_function_needs_no_handler() {
        FunctionDefinition function = FunctionDefinition.parse("name=f,code=/srv/fn,runtime=provided.al2023");

        assertThat(function.runtime()).isEqualTo(FunctionRuntime.PROVIDED);
        assertThat(function.handler()).isEqualTo("bootstrap");
    }
}
