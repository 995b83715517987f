package dev.rotor.emulator.lambda;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The environment Lambda gives a function process, then the function's own variables (which win, as on Lambda),
 * except the credentials, which Lambda reserves.
 */
final class LambdaEnvironment {

    private LambdaEnvironment() {
    }

    static Map<String, String> of(PreparedCode code, LambdaSettings settings, String runtimeApi, Path runtimeDir) {
        FunctionDefinition function = code.function();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("_HANDLER", function.handler());
        env.put("LAMBDA_TASK_ROOT", code.taskRoot().toString());
        env.put("LAMBDA_RUNTIME_DIR", runtimeDir.toString());
        env.put("AWS_LAMBDA_FUNCTION_NAME", function.name());
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memoryMb()));
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.name());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))
                + "/[$LATEST]" + UUID.randomUUID().toString().replace("-", ""));
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_REGION", settings.region());
        env.put("AWS_DEFAULT_REGION", settings.region());
        function.runtime().executionEnvironment().ifPresent(value -> env.put("AWS_EXECUTION_ENV", value));
        String endpoint = settings.secretsManagerEndpoint().toString();
        env.put("AWS_ENDPOINT_URL_SECRETS_MANAGER", endpoint);
        env.put("SECRETS_MANAGER_ENDPOINT", endpoint);
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_CONFIG_FILE", code.scratch().resolve("no-aws-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", code.scratch().resolve("no-aws-credentials").toString());
        env.put("TZ", ":UTC");
        env.put("LANG", "en_US.UTF-8");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("TMPDIR", code.scratch().toString());
        env.putAll(function.environment());
        // Lambda reserves the credentials (a function cannot set them); the function's own access key id is how the
        // emulator recognises its calls (API faults)
        env.put("AWS_ACCESS_KEY_ID", FunctionCredentials.accessKeyId(function.name()));
        env.put("AWS_SECRET_ACCESS_KEY", FunctionCredentials.SECRET_ACCESS_KEY);
        env.put("AWS_SESSION_TOKEN", FunctionCredentials.SESSION_TOKEN);
        return env;
    }
}
