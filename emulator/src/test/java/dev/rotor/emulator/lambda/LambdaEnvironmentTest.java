package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LambdaEnvironmentTest {

    private static Map<String, String> environmentOf(FunctionRuntime runtime, String handler) {
        FunctionDefinition function = new FunctionDefinition("f", Path.of("/code"), handler, Map.of("MINE", "1"),
                null, 0, runtime, null, null);
        PreparedCode code = new PreparedCode(function, "fingerprint", Path.of("/task"), Path.of("/scratch"));
        return LambdaEnvironment.of(code, TestFunctions.settings(null, null), "127.0.0.1:9001", Path.of("/runtime"));
    }

    @Test
    void names_the_managed_runtime_in_aws_execution_env() {
        assertThat(environmentOf(FunctionRuntime.PYTHON311, "m.f")).containsEntry("AWS_EXECUTION_ENV",
                "AWS_Lambda_python3.11");
        assertThat(environmentOf(FunctionRuntime.JAVA21, "a.B")).containsEntry("AWS_EXECUTION_ENV",
                "AWS_Lambda_java21");
    }

    @Test
    void leaves_aws_execution_env_undefined_for_the_os_only_runtime() {
        assertThat(environmentOf(FunctionRuntime.PROVIDED, null)).doesNotContainKey("AWS_EXECUTION_ENV")
                .containsEntry("_HANDLER", "bootstrap");
    }

    @Test
    void gives_lambdas_variables_and_then_the_functions_own() {
        Map<String, String> env = environmentOf(FunctionRuntime.PYTHON313, "lambda_function.lambda_handler");

        assertThat(env).containsEntry("_HANDLER", "lambda_function.lambda_handler")
                .containsEntry("LAMBDA_TASK_ROOT", "/task").containsEntry("LAMBDA_RUNTIME_DIR", "/runtime")
                .containsEntry("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001").containsEntry("AWS_REGION", "eu-west-1")
                .containsEntry("SECRETS_MANAGER_ENDPOINT", TestFunctions.ENDPOINT.toString())
                .containsEntry("MINE", "1");
    }
}
