package dev.rotor.emulator.rotation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.lambda.InvocationOutcome;

import java.time.Instant;

/**
 * One invocation of one rotation step, as the function runner returned it (or as a fault answered in its place).
 * {@code repeat} marks the second invocation of a step made to check idempotency. The control plane shows it flat:
 * step, attempt, repeat, outcome, startedAt, durationMs, requestId, errorType, errorMessage, logs.
 */
@JsonPropertyOrder({"step", "attempt", "repeat", "outcome", "startedAt", "durationMs", "requestId", "errorType",
        "errorMessage", "logs"})
public record StepRecord(RotationStep step, int attempt, boolean repeat, @JsonIgnore Invocation invocation) {
    /**
     * Characters a step keeps of its invocation's response, error message and stack trace each (its logs are bounded
     * by the function host, 64 KiB by default).
     */
    static final int KEPT_CHARS = 64 * 1024;
    /** Characters a step keeps of each text once its rotation is old (its logs give way to a note). */
    static final int COMPACT_CHARS = 512;

    public boolean succeeded() {
        return invocation.succeeded();
    }

    /** The same record, smaller: {@code note} in place of the logs, the rest cut to {@link #COMPACT_CHARS}. */
    StepRecord compacted(String note) {
        return new StepRecord(step, attempt, repeat, compacted(invocation, note));
    }

    /** The invocation cut to {@link #COMPACT_CHARS} of each text, with {@code note} in place of its logs. */
    static Invocation compacted(Invocation invocation, String note) {
        return invocation.kept(COMPACT_CHARS).withLogs(note);
    }

    /** How the invocation ended. */
    public InvocationOutcome outcome() {
        return invocation.outcome();
    }

    @JsonProperty("outcome")
    String outcomeLabel() {
        return invocation.outcome().label();
    }

    @JsonProperty
    public Instant startedAt() {
        return invocation.started();
    }

    @JsonProperty
    public long durationMs() {
        return invocation.duration().toMillis();
    }

    @JsonProperty
    public String requestId() {
        return invocation.requestId();
    }

    @JsonProperty
    public String errorType() {
        return invocation.errorType();
    }

    @JsonProperty
    public String errorMessage() {
        return invocation.error() == null ? null : invocation.error().errorMessage();
    }

    @JsonProperty
    public String logs() {
        return invocation.logs();
    }
}
