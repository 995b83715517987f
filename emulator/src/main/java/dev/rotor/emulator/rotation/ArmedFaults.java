package dev.rotor.emulator.rotation;

import dev.rotor.emulator.lambda.Invocation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The faults armed for each secret, as interceptors applied to every step of its rotations, in arming order. */
public final class ArmedFaults {
    private final Map<String, List<StepInterceptor>> bySecret = new ConcurrentHashMap<>();

    /** Arms an interceptor for the secret's next rotations, until it is spent. */
    public void arm(String secretArn, StepInterceptor interceptor) {
        bySecret.computeIfAbsent(secretArn, arn -> new CopyOnWriteArrayList<>()).add(interceptor);
    }

    /**
     * Invokes a step through the secret's interceptors (the first armed is the outermost), then runs their after-step
     * hooks and drops the spent ones.
     */
    Invocation invoke(StepCall call, StepInterceptor.Proceed function) {
        List<StepInterceptor> armed = List.copyOf(bySecret.getOrDefault(call.secretArn(), List.of()));
        StepInterceptor.Proceed chain = function;
        for (int i = armed.size() - 1; i >= 0; i--) {
            StepInterceptor interceptor = armed.get(i);
            StepInterceptor.Proceed inner = chain;
            chain = () -> interceptor.aroundStep(call, inner);
        }
        Invocation invocation = chain.invoke();
        armed.forEach(interceptor -> interceptor.afterStep(call, invocation));
        List<StepInterceptor> current = bySecret.get(call.secretArn());
        if (current != null) {
            current.removeIf(StepInterceptor::spent);
        }
        return invocation;
    }

    /** Disarms everything (the control plane's reset). */
    public void clear() {
        bySecret.clear();
    }
}
