package dev.rotor.emulator.admin;

import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.emulator.rotation.StepCall;
import dev.rotor.emulator.rotation.StepInterceptor;

import java.time.Instant;

/** {@link Fault.CannotRun}'s behaviour: the next {@code times} invocations of the step fail without running. */
final class CannotRunInterceptor implements StepInterceptor {
    static final String ERROR_TYPE = "Rotor.InjectedFault";

    private final RotationStep during;
    private int remaining;

    CannotRunInterceptor(RotationStep during, int times) {
        this.during = during;
        this.remaining = times;
    }

    @Override
    public Invocation aroundStep(StepCall call, Proceed next) {
        if (call.step() != during || !take()) {
            return next.invoke();
        }
        return Invocation.notRun(call.functionArn(), call.event(), Instant.now(), ERROR_TYPE,
                "fault injected: Lambda could not run " + call.step());
    }

    private synchronized boolean take() {
        if (remaining == 0) {
            return false;
        }
        remaining--;
        return true;
    }

    @Override
    public synchronized boolean spent() {
        return remaining == 0;
    }
}
