package dev.rotor.emulator.admin;

import dev.rotor.emulator.lambda.ArmedCrash;
import dev.rotor.emulator.lambda.FailureKind;
import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.emulator.rotation.StepCall;

import java.time.Duration;
import java.util.Map;

/**
 * {@link Fault.Crash}'s behaviour: the function's process is killed {@code after} it took the step's event. It fires
 * only when the kill ended the invocation ({@code CRASHED}); a step that answered first used the time up unharmed.
 */
final class CrashInterceptor extends FaultInterceptor {
    private final Duration after;

    CrashInterceptor(RotationStep during, Duration after, FaultContext context) {
        super(during, context);
        this.after = after;
    }

    @Override
    public Invocation aroundStep(StepCall call, Proceed next) {
        if (!takes(call)) {
            return next.invoke();
        }
        try (ArmedCrash crash = context.host().crashNextInvocation(call.functionArn(), after)) {
            Invocation invocation = next.invoke();
            if (crash.killed() && invocation.failureKind().filter(FailureKind.CRASHED::equals).isPresent()) {
                context.fired(call, Map.of("requestId", invocation.requestId(), "afterMs", after.toMillis()));
            }
            return invocation;
        }
    }
}
