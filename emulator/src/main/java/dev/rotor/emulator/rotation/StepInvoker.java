package dev.rotor.emulator.rotation;

/** Invokes a rotation function synchronously, as Secrets Manager invokes Lambda for each step. */
public interface StepInvoker {

    /** Whether a function with this ARN (or name) exists and can be invoked. */
    boolean canInvoke(String functionArn);

    /** Invokes the function with the JSON event and waits for its outcome. Never throws for function failures. */
    StepOutcome invoke(String functionArn, String eventJson);

    /** The outcome of one invocation. */
    record StepOutcome(boolean succeeded, String requestId, long durationMs, String errorType, String errorMessage,
                       String logs) {
    }
}
