package dev.rotor.emulator.admin;

import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.proxy.FaultProxy;
import dev.rotor.emulator.proxy.ProxyMode;
import dev.rotor.emulator.rotation.StepCall;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link Fault.Database}'s behaviour: switches the secret's fault proxy to the fault's mode when the step starts and
 * back when it returned, exact to the step. Without a step, the window is a whole rotation attempt: on at its first
 * step, off when it ended.
 */
final class DatabaseInterceptor extends FaultInterceptor {
    private final Fault.Database fault;
    private FaultProxy openWindow;

    DatabaseInterceptor(Fault.Database fault, FaultContext context) {
        super(fault.during(), context);
        if (context.proxy(fault.secretId()).isEmpty()) {
            throw AdminException.invalid("A database fault needs the secret's database proxy: open one first"
                    + " (RotorAdmin.openDatabaseProxy, or POST /_rotor/proxies {\"secret\", \"targetHost\","
                    + " \"targetPort\"}) and point the function's database host and port at it.");
        }
        this.fault = fault;
    }

    @Override
    public Invocation aroundStep(StepCall call, Proceed next) {
        if (during == null) {
            openForAttempt(call);
            return next.invoke();
        }
        FaultProxy proxy = context.proxy(call.secretArn()).orElse(null);
        if (proxy == null || !takes(call)) {
            return next.invoke();
        }
        switchOn(proxy, call);
        try {
            return next.invoke();
        } finally {
            proxy.switchTo(ProxyMode.PASS);
        }
    }

    private synchronized void openForAttempt(StepCall call) {
        FaultProxy proxy = context.proxy(call.secretArn()).orElse(null);
        if (openWindow == null && proxy != null && context.take()) {
            switchOn(proxy, call);
            openWindow = proxy;
        }
    }

    @Override
    public synchronized void afterAttempt() {
        if (openWindow != null) {
            openWindow.switchTo(ProxyMode.PASS);
            openWindow = null;
        }
    }

    private void switchOn(FaultProxy proxy, StepCall call) {
        proxy.switchTo(switch (fault.kind()) {
            case REFUSE -> ProxyMode.REFUSE;
            case DROP -> ProxyMode.DROP;
            case STALL -> ProxyMode.STALL;
            case LATENCY -> new ProxyMode.Latency(fault.latency());
        });
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("window", during == null ? "attempt" : "step");
        if (fault.latency() != null) {
            detail.put("latencyMs", fault.latency().toMillis());
        }
        context.fired(call, detail);
    }

    @Override
    public synchronized boolean spent() {
        return super.spent() && openWindow == null;
    }
}
