package dev.rotor.emulator.lambda;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One finished invocation of a function, with everything it printed.
 *
 * @param requestId the Lambda request id ({@code null} when Lambda did not run the function)
 * @param outcome   the response, or the failure and its error
 * @param logs      the process output during this invocation (for a cold start, the init output too); truncated with
 *                  a note when larger than the host's limit
 */
public record Invocation(String requestId, String functionArn, String event, InvocationOutcome outcome,
                         Instant started, Duration duration, String logs, boolean coldStart) {

    /** An invocation Lambda refused to run (an injected fault): no request, no logs. */
    public static Invocation notRun(String functionArn, String event, Instant at, String errorType, String message) {
        return new Invocation(null, functionArn, event, InvocationOutcome.lambdaError(FailureKind.NOT_RUN, errorType,
                message), at, Duration.ZERO, "", false);
    }

    /**
     * This invocation as Lambda reports one that timed out after {@code timeout} (a lost response: the function ran,
     * its answer never arrived); request id, logs and timings stay as they were.
     */
    public Invocation reportedAsTimedOut(Duration timeout) {
        return new Invocation(requestId, functionArn, event, InvocationOutcome.timedOut(requestId, "Task", timeout),
                started, duration, logs, coldStart);
    }

    /** The same invocation with other logs (e.g. a note where old logs were dropped to bound memory). */
    public Invocation withLogs(String value) {
        return new Invocation(requestId, functionArn, event, outcome, started, duration, value, coldStart);
    }

    /**
     * The invocation as the emulator keeps it: response, error message and stack trace cut to {@code limit}
     * characters each (see {@link Excerpt}), so a function cannot make what is remembered large. The logs are left
     * as they are: the host bounds them as it reads them.
     */
    public Invocation kept(int limit) {
        return new Invocation(requestId, functionArn, event, outcome.kept(limit), started, duration, logs, coldStart);
    }

    /** How many characters of text it holds (event, logs, response or error): a measure of its size in memory. */
    public long chars() {
        return Excerpt.chars(event) + Excerpt.chars(logs) + outcome.chars();
    }

    public boolean succeeded() {
        return outcome instanceof InvocationOutcome.Succeeded;
    }

    /** Why it failed; empty when it succeeded. */
    public Optional<FailureKind> failureKind() {
        return outcome instanceof InvocationOutcome.Failed failed ? Optional.of(failed.kind()) : Optional.empty();
    }

    /** The function's JSON response when it succeeded, else {@code null}. */
    public String response() {
        return outcome instanceof InvocationOutcome.Succeeded succeeded ? succeeded.response() : null;
    }

    /** Why it did not succeed, else {@code null}. */
    public FunctionError error() {
        return outcome instanceof InvocationOutcome.Failed failed ? failed.error() : null;
    }

    /** The error type to show: the exception class, or Lambda's classification when there is none. */
    public String errorType() {
        FunctionError error = error();
        return error == null ? null : error.errorType() != null ? error.errorType() : error.functionErrorType();
    }
}
