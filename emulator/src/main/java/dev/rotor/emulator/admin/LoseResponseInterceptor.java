package dev.rotor.emulator.admin;

import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.emulator.rotation.StepCall;

import java.util.Map;

/**
 * {@link Fault.LoseResponse}'s behaviour: the step runs to completion, then its invocation is reported as Lambda
 * reports a timeout after the function's timeout, and the function's process is replaced, as after a real timeout.
 */
final class LoseResponseInterceptor extends FaultInterceptor {

    LoseResponseInterceptor(RotationStep during, FaultContext context) {
        super(during, context);
    }

    @Override
    public Invocation aroundStep(StepCall call, Proceed next) {
        if (!takes(call)) {
            return next.invoke();
        }
        Invocation ran = next.invoke();
        if (ran.requestId() == null) {
            return ran; // it did not run (another fault answered): there is no response to lose
        }
        context.host().restart(call.functionArn());
        context.fired(call, Map.of("requestId", ran.requestId(), "lostOutcome", ran.outcome().label()));
        return ran.reportedAsTimedOut(context.functionTimeout(call.functionArn()));
    }
}
