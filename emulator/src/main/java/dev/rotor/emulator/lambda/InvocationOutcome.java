package dev.rotor.emulator.lambda;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * How one invocation ended: the function's response, or a failure of some {@link FailureKind} with the error as
 * Lambda reports it. This one type flows unchanged from the function runner through a rotation's step record to the
 * admin interface.
 */
public sealed interface InvocationOutcome permits InvocationOutcome.Succeeded, InvocationOutcome.Failed {

    /** {@code SUCCEEDED}, or the failure kind's label: the {@code outcome} the control plane shows. */
    String label();

    /** The same outcome with its response or error texts cut to {@code limit} characters each (see {@link Excerpt}). */
    InvocationOutcome kept(int limit);

    /** How many characters of response or error text it holds. */
    long chars();

    /** The handler returned this JSON response. */
    record Succeeded(String response) implements InvocationOutcome {
        @Override
        public String label() {
            return "SUCCEEDED";
        }

        @Override
        public InvocationOutcome kept(int limit) {
            return new Succeeded(Excerpt.of(response, limit));
        }

        @Override
        public long chars() {
            return Excerpt.chars(response);
        }
    }

    /** The invocation failed. */
    record Failed(FailureKind kind, FunctionError error) implements InvocationOutcome {
        public Failed {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(error, "error");
        }

        @Override
        public String label() {
            return kind.label();
        }

        @Override
        public InvocationOutcome kept(int limit) {
            return new Failed(kind, error.kept(limit));
        }

        @Override
        public long chars() {
            return error.chars();
        }
    }

    static InvocationOutcome succeeded(String response) {
        return new Succeeded(response);
    }

    /** A failure whose error has Lambda's own type as both error type and function error type. */
    static InvocationOutcome lambdaError(FailureKind kind, String type, String message) {
        return new Failed(kind, new FunctionError(type, message, java.util.List.of(), type));
    }

    /** Lambda's timeout: {@code <time> <request id> Task timed out after 3.00 seconds} ({@code what}: Task or Init). */
    static InvocationOutcome timedOut(String requestId, String what, Duration after) {
        return lambdaError(FailureKind.TIMED_OUT, "Sandbox.Timedout", Instant.now() + " " + requestId + " " + what
                + " timed out after " + String.format(Locale.ROOT, "%.2f", after.toMillis() / 1000.0) + " seconds");
    }
}
