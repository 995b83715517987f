package dev.rotor.emulator.rotation;

import dev.rotor.emulator.lambda.Invocation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The faults armed for each secret, as interceptors applied to every step of its rotations, in arming order. */
public final class ArmedFaults {
    private final Map<String, List<StepInterceptor>> bySecret = new ConcurrentHashMap<>();

    /** Arms an interceptor for the secret's next rotations, until it is spent. */
    public void arm(String secretArn, StepInterceptor interceptor) {
        bySecret.compute(secretArn, (arn, armed) -> {
            List<StepInterceptor> list = armed == null ? new CopyOnWriteArrayList<>() : armed;
            list.add(interceptor);
            return list;
        });
    }

    /** Invokes a step through the secret's interceptors (the first armed is the outermost), then drops the spent. */
    Invocation invoke(StepCall call, StepInterceptor.Proceed function) {
        List<StepInterceptor> armed = armed(call.secretArn());
        StepInterceptor.Proceed chain = function;
        for (int i = armed.size() - 1; i >= 0; i--) {
            StepInterceptor interceptor = armed.get(i);
            StepInterceptor.Proceed inner = chain;
            chain = () -> interceptor.aroundStep(call, inner);
        }
        try {
            return chain.invoke();
        } finally {
            dropSpent(call.secretArn());
        }
    }

    /** Runs the secret's after-step hooks, in arming order. */
    void afterStep(StepCall call, Invocation invocation) {
        each(call.secretArn(), interceptor -> interceptor.afterStep(call, invocation));
    }

    /** Runs the secret's after-attempt hooks, in arming order. */
    void afterAttempt(String secretArn) {
        each(secretArn, StepInterceptor::afterAttempt);
    }

    private void each(String secretArn, Consumer<StepInterceptor> hook) {
        try {
            armed(secretArn).forEach(hook);
        } finally {
            dropSpent(secretArn);
        }
    }

    private List<StepInterceptor> armed(String secretArn) {
        return List.copyOf(bySecret.getOrDefault(secretArn, List.of()));
    }

    private void dropSpent(String secretArn) {
        bySecret.computeIfPresent(secretArn, (arn, current) -> {
            current.removeIf(StepInterceptor::spent);
            return current.isEmpty() ? null : current; // secrets without faults leave no entry
        });
    }

    /** Whether no secret has a fault armed (spent ones are dropped, secrets and all). */
    boolean isEmpty() {
        return bySecret.isEmpty();
    }

    /** Disarms everything (the control plane's reset). */
    public void clear() {
        bySecret.clear();
    }
}
