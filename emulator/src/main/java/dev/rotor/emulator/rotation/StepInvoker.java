package dev.rotor.emulator.rotation;

import dev.rotor.emulator.lambda.Invocation;

/** Invokes a rotation function synchronously, as Secrets Manager invokes Lambda for each step. */
public interface StepInvoker {

    /** Whether a function with this ARN (or name) exists and can be invoked. */
    boolean canInvoke(String functionArn);

    /** Invokes the function with the JSON event and waits for its outcome. Never throws for function failures. */
    Invocation invoke(String functionArn, String eventJson);
}
