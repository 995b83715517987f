package dev.rotor.emulator.lambda;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The environment variables Lambda sets itself and refuses in a function's configuration (Lambda's developer guide,
 * "Defined runtime environment variables"), with the message Lambda answers. {@code PATH}, {@code LANG},
 * {@code LD_LIBRARY_PATH}, {@code PYTHONPATH}, {@code TZ} and {@code JAVA_TOOL_OPTIONS} are not reserved.
 */
final class ReservedVariables {

    static final Set<String> NAMES = Set.of("_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION",
            "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
            "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME",
            "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");

    private ReservedVariables() {
    }

    /** Refuses the reserved names among {@code keys} (in their order), with Lambda's message. */
    static void refuse(Collection<String> keys) {
        List<String> reserved = keys.stream().filter(NAMES::contains).toList();
        if (!reserved.isEmpty()) {
            throw new IllegalArgumentException("Lambda was unable to configure your environment variables because the"
                    + " environment variables you have provided contains reserved keys that are currently not"
                    + " supported for modification. Reserved keys used in this request: "
                    + String.join(", ", reserved));
        }
    }
}
