package dev.rotor.functions.mysql.common;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** Where a rotation function writes its progress. Callers log usernames, hosts, steps and versions, never passwords. */
@FunctionalInterface
public interface RotationLog {

    void info(String message);

    /** The invocation's Lambda logger, or standard output when there is no context (plain unit tests). */
    static RotationLog of(Context context) {
        LambdaLogger logger = context == null ? null : context.getLogger();
        if (logger == null) {
            return System.out::println;
        }
        // the runtime's stdout sink writes messages as they are: end each with a newline so lines stay apart
        return message -> logger.log(message.endsWith("\n") ? message : message + "\n");
    }
}
