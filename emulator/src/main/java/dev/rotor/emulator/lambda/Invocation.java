package dev.rotor.emulator.lambda;

import java.time.Duration;
import java.time.Instant;

/**
 * One finished invocation of a function, with everything it printed.
 *
 * @param response the function's JSON response when it succeeded, else {@code null}
 * @param error    why it did not succeed, else {@code null}
 * @param logs     the process output during this invocation (for a cold start, the init output too); truncated with
 *                 a note when larger than the host's limit
 */
public record Invocation(String requestId, String functionArn, String event, Outcome outcome, String response,
                         FunctionError error, Instant started, Duration duration, String logs, boolean coldStart) {

    /** How an invocation ended. */
    public enum Outcome {
        /** The handler returned. */
        SUCCEEDED,
        /** The handler threw, or the runtime could not find it (see {@link FunctionError#functionErrorType()}). */
        FAILED,
        /** The function did not answer within its timeout; its process was killed. */
        TIMED_OUT,
        /** The function process exited (System.exit, a JVM crash, a killed process) during the invocation. */
        CRASHED,
        /** The function could not start: its constructor or static init threw, or the process could not launch. */
        INIT_FAILED
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}
