package dev.rotor.emulator.admin;

import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.emulator.rotation.StepCall;

import java.time.Instant;
import java.util.Map;

/** {@link Fault.CannotRun}'s behaviour: the next {@code times} invocations of the step fail without running. */
final class CannotRunInterceptor extends FaultInterceptor {
    static final String ERROR_TYPE = "Rotor.InjectedFault";

    CannotRunInterceptor(RotationStep during, FaultContext context) {
        super(during, context);
    }

    @Override
    public Invocation aroundStep(StepCall call, Proceed next) {
        if (!takes(call)) {
            return next.invoke();
        }
        context.fired(call, Map.of());
        return Invocation.notRun(call.functionArn(), call.event(), Instant.now(), ERROR_TYPE,
                "fault injected: Lambda could not run " + call.step());
    }
}
