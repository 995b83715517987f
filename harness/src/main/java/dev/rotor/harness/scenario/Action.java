package dev.rotor.harness.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One step of a scenario. Each records the line it came from, for messages. */
public sealed interface Action {

    int line();

    /** The name scenario files use. */
    String kind();

    /** RotateSecret with the stored (or given) configuration, then wait for the outcome. */
    record Rotate(int line, Expectation expect, boolean rotateImmediately) implements Action {
        public String kind() {
            return "rotate";
        }
    }

    /** Re-run the rotation left pending by a failure, with the same token, as Secrets Manager reattempts it. */
    record RetryRotation(int line, Expectation expect) implements Action {
        public String kind() {
            return "retry-rotation";
        }
    }

    /** Pause (real time). */
    record Wait(int line, Duration duration) implements Action {
        public String kind() {
            return "wait";
        }
    }

    /**
     * Move the emulator's clock forward; {@code expect} (null: anything) applies to the scheduled rotation it fires,
     * or is {@code none} when no rotation may fire.
     */
    record AdvanceClock(int line, Duration by, Expectation expect) implements Action {
        public String kind() {
            return "advance-clock";
        }
    }

    /**
     * Change the user's password in the database outside rotation; with {@code updateSecret} also store it by hand
     * with PutSecretValue (an operator following a runbook), else the secret is left stale.
     */
    record ChangePasswordOutOfBand(int line, boolean updateSecret) implements Action {
        public String kind() {
            return "change-password-out-of-band";
        }
    }

    /** PutSecretValue by hand: the current JSON with {@code fields} merged in ({@code password: random} sets a new one). */
    record PutValue(int line, Map<String, Object> fields) implements Action {
        public String kind() {
            return "put-value";
        }
    }

    /** CancelRotateSecret; a running rotation is stopped. */
    record CancelRotation(int line) implements Action {
        public String kind() {
            return "cancel-rotation";
        }
    }

    /** Remove a stray AWSPENDING label (what AWS's guide says to do after a cancelled or failed rotation). */
    record RemovePending(int line) implements Action {
        public String kind() {
            return "remove-pending";
        }
    }

    /** Kill the function's warm process: the next step starts cold. */
    record RestartFunction(int line) implements Action {
        public String kind() {
            return "restart-function";
        }
    }

    /** Make the next invocations of a step fail as if Lambda could not run it. */
    record InjectFault(int line, String step, int times) implements Action {
        public String kind() {
            return "inject-fault";
        }
    }

    /** Every action kind, as scenario files spell them. */
    List<String> KINDS = List.of("rotate", "retry-rotation", "wait", "advance-clock", "change-password-out-of-band",
            "put-value", "cancel-rotation", "remove-pending", "restart-function", "inject-fault");
}
