package dev.rotor.emulator.rotation;

import dev.rotor.emulator.lambda.FunctionError;
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
    public StepOutcome invoke(String functionArn, String eventJson) {
        Invocation invocation = host.get().invoke(functionArn, eventJson);
        FunctionError error = invocation.error();
        String errorType = error == null ? null
                : error.errorType() != null ? error.errorType() : error.functionErrorType();
        return new StepOutcome(invocation.succeeded(), invocation.requestId(), invocation.duration().toMillis(),
                errorType, error == null ? null : error.errorMessage(), invocation.logs());
    }
}
