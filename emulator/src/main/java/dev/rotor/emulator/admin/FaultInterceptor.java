package dev.rotor.emulator.admin;

import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.emulator.rotation.StepCall;
import dev.rotor.emulator.rotation.StepInterceptor;

/** What the faults' interceptors share: the step they act in ({@code null}: any) and their context. */
abstract class FaultInterceptor implements StepInterceptor {
    protected final RotationStep during;
    protected final FaultContext context;

    FaultInterceptor(RotationStep during, FaultContext context) {
        this.during = during;
        this.context = context;
    }

    boolean matches(StepCall call) {
        return during == null || call.step() == during;
    }

    /** Whether the fault acts on this invocation: its step, and a time left (which it takes). */
    boolean takes(StepCall call) {
        return matches(call) && context.take();
    }

    @Override
    public boolean spent() {
        return context.spent();
    }
}
