package dev.rotor.emulator.admin;

import dev.rotor.emulator.rotation.RotationStep;

/**
 * A fault armed for a secret's next rotation. Faults are data: each kind is a record here, and a new kind is a new
 * record, not a new branch in the rotation code.
 */
public sealed interface Fault {

    /** The secret whose next rotation the fault applies to (any SecretId form; the ARN once armed). */
    String secretId();

    /** How many invocations it affects. */
    int times();

    /** The same fault for the secret named by {@code secretArn}. */
    Fault forSecret(String secretArn);

    /** Lambda cannot run the step: its next {@code times} invocations fail without running the function. */
    record CannotRun(String secretId, RotationStep during, int times) implements Fault {
        public CannotRun {
            if (during == null) {
                throw new AdminException(AdminException.Reason.INVALID, "InvalidParameterException",
                        "A cannot-run fault names its step: " + String.join(", ", RotationStep.wireNames()));
            }
            if (times < 1 || times > 100) {
                throw new AdminException(AdminException.Reason.INVALID, "InvalidParameterException",
                        "times must be a number from 1 to 100");
            }
        }

        @Override
        public Fault forSecret(String secretArn) {
            return new CannotRun(secretArn, during, times);
        }
    }
}
