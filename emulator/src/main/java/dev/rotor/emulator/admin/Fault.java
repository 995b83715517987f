package dev.rotor.emulator.admin;

import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.emulator.rotation.StepInterceptor;

/**
 * A fault armed for a secret's next rotations. Faults are data that carry their behaviour: each kind is a record
 * here whose {@link #interceptor()} says what it does around or after a step. A new kind is a new record; the
 * rotation code knows no kinds.
 */
public sealed interface Fault {

    /** The secret whose next rotation the fault applies to (any SecretId form; the ARN once armed). */
    String secretId();

    /** How many invocations it affects. */
    int times();

    /** The same fault for the secret named by {@code secretArn}. */
    Fault forSecret(String secretArn);

    /** What the fault does to the secret's rotations, from the moment it is armed until it is spent. */
    StepInterceptor interceptor();

    /** Lambda cannot run the step: its next {@code times} invocations fail without running the function. */
    record CannotRun(String secretId, RotationStep during, int times) implements Fault {
        public CannotRun {
            if (during == null) {
                throw AdminException.invalid("A cannot-run fault names its step: "
                        + String.join(", ", RotationStep.wireNames()));
            }
            if (times < 1 || times > 100) {
                throw AdminException.invalid("times must be a number from 1 to 100");
            }
        }

        @Override
        public Fault forSecret(String secretArn) {
            return new CannotRun(secretArn, during, times);
        }

        @Override
        public StepInterceptor interceptor() {
            return new CannotRunInterceptor(during, times);
        }
    }
}
