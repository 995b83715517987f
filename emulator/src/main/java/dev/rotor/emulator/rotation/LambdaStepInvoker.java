package dev.rotor.emulator.rotation;

import dev.rotor.emulator.lambda.FunctionHost;
import dev.rotor.emulator.lambda.FunctionRegistry;
import dev.rotor.emulator.lambda.Invocation;

import java.util.function.Supplier;

/** Invokes rotation steps through the function host: the user's real Lambda jar in a child JVM. */
public final class LambdaStepInvoker implements StepInvoker {
    private final FunctionRegistry registry;
    private final Supplier<FunctionHost> host;

    /** {@code host} is asked for at each invocation: the host starts once the emulator's endpoint is known. */
    public LambdaStepInvoker(FunctionRegistry registry, Supplier<FunctionHost> host) {
        this.registry = registry;
        this.host = host;
    }

    @Override
    public boolean canInvoke(String functionArn) {
        return registry.find(functionArn).isPresent();
    }

    @Override
    public Invocation invoke(String functionArn, String eventJson) {
        return host.get().invoke(functionArn, eventJson);
    }
}
