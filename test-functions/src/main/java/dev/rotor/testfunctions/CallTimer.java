package dev.rotor.testfunctions;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times the SDK calls a handler makes, for the rotation benchmark: the whole call (SDK work included) and the HTTP
 * exchange alone (request sent to response received: the emulator serving it, plus loopback). One handler thread.
 */
final class CallTimer implements ExecutionInterceptor {
    private long calls;
    private long sdkNanos;
    private long httpNanos;
    private long callStarted;
    private long sendStarted;

    void reset() {
        calls = 0;
        sdkNanos = 0;
        httpNanos = 0;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        callStarted = System.nanoTime();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        sendStarted = System.nanoTime();
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        httpNanos += System.nanoTime() - sendStarted;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        calls++;
        sdkNanos += System.nanoTime() - callStarted;
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        calls++; // an expected error answer (ResourceNotFoundException) is a served call too
        sdkNanos += System.nanoTime() - callStarted;
    }

    /** The handler's own wall time and these counters, as the benchmark reads them from the response. */
    Map<String, Object> report(long handlerNanos) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("handlerNanos", handlerNanos);
        answer.put("sdkNanos", sdkNanos);
        answer.put("httpNanos", httpNanos);
        answer.put("calls", calls);
        return answer;
    }
}
