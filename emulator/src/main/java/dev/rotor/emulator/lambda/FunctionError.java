package dev.rotor.emulator.lambda;

import java.util.List;

/**
 * An error as Lambda reports it.
 *
 * @param errorType         the exception class (or Lambda's own type, such as {@code Runtime.ExitError})
 * @param errorMessage      the message
 * @param stackTrace        the stack trace lines the runtime sent, possibly empty
 * @param functionErrorType Lambda's classification: {@code Runtime.UserException}, {@code Runtime.BadFunctionCode},
 *                          {@code Runtime.ExitError}, {@code Sandbox.Timedout}, ...
 */
public record FunctionError(String errorType, String errorMessage, List<String> stackTrace, String functionErrorType) {

    public FunctionError {
        stackTrace = stackTrace == null ? List.of() : List.copyOf(stackTrace);
    }

    /** The same error with its message and stack trace cut to {@code limit} characters each. */
    public FunctionError kept(int limit) {
        return new FunctionError(Excerpt.of(errorType, limit), Excerpt.of(errorMessage, limit),
                Excerpt.lines(stackTrace, limit), functionErrorType);
    }

    /** How many characters of text it holds. */
    long chars() {
        return Excerpt.chars(errorType) + Excerpt.chars(errorMessage)
                + stackTrace.stream().mapToLong(String::length).sum();
    }
}
