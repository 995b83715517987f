package dev.rotor.emulator.rotation;

/**
 * One invocation of one rotation step, as a {@link StepInterceptor} sees it: the secret and version being rotated,
 * the rotation, the function, the step, the attempt, whether it is the idempotency repeat, and the event sent to the
 * function.
 */
public record StepCall(String secretArn, String versionId, String rotationId, String functionArn, RotationStep step,
                       int attempt, boolean repeat, String event) {

    /** The same call made again with the same token: the idempotency repeat. */
    StepCall asRepeat() {
        return new StepCall(secretArn, versionId, rotationId, functionArn, step, attempt, true, event);
    }
}
