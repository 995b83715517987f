package dev.rotor.emulator.lambda;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** An invocation handed to a function process: dispatched when the runtime fetched it, done when it was answered. */
final class PendingInvocation {

    /** How the runtime (or the process) answered. */
    record Answer(Invocation.Outcome outcome, String response, FunctionError error) {
    }

    final String requestId;
    final String functionArn;
    final String event;
    final Duration timeout;
    /** Completed with the deadline (epoch ms) when the runtime's {@code next} call took the event. */
    final CompletableFuture<Long> dispatched = new CompletableFuture<>();
    final CompletableFuture<Answer> answer = new CompletableFuture<>();

    PendingInvocation(String requestId, String functionArn, String event, Duration timeout) {
        this.requestId = requestId;
        this.functionArn = functionArn;
        this.event = event;
        this.timeout = timeout;
    }
}
