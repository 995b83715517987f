package dev.rotor.emulator.rotation;

import dev.rotor.emulator.lambda.Invocation;

/**
 * What an armed fault does to a secret's rotations, through three hooks: around each step's invocation (answer in the
 * function's place, or invoke it and change or delay the answer), after each step returned and before the next one
 * starts (the rotation is held until the hook returns), and after each attempt of a rotation ended. The runner applies
 * every armed interceptor to every step and knows no fault kinds: a new kind is a new implementation. An interceptor
 * that is {@link #spent()} is dropped.
 */
public interface StepInterceptor {

    /** Invokes the step: {@code next.invoke()} runs the function (and any inner interceptors). */
    default Invocation aroundStep(StepCall call, Proceed next) {
        return next.invoke();
    }

    /**
     * After the step returned (after its idempotency repeat, when steps are repeated), before the next one starts.
     * {@code invocation} is the step's last invocation; the rotation stops after it unless it succeeded.
     */
    default void afterStep(StepCall call, Invocation invocation) {
    }

    /** After an attempt of a rotation of the secret ended, whatever its result. */
    default void afterAttempt() {
    }

    /** Whether it has done everything it was armed for. */
    boolean spent();

    /** The rest of the chain: the inner interceptors, then the function. */
    @FunctionalInterface
    interface Proceed {
        Invocation invoke();
    }
}
