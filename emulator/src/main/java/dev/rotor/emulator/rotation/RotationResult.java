package dev.rotor.emulator.rotation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.rotor.emulator.lambda.Invocation;

import java.util.function.UnaryOperator;

/**
 * How a rotation ended: a typed result, so callers tell the cases apart without reading messages. The control plane
 * shows it as {@code result} ({@code {"kind": "step-failed", "step": "setSecret"}}) next to the message in
 * {@code error}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RotationResult.Succeeded.class, name = "succeeded"),
        @JsonSubTypes.Type(value = RotationResult.StepFailed.class, name = "step-failed"),
        @JsonSubTypes.Type(value = RotationResult.NotIdempotent.class, name = "not-idempotent"),
        @JsonSubTypes.Type(value = RotationResult.CurrentNotMoved.class, name = "current-not-moved"),
        @JsonSubTypes.Type(value = RotationResult.Cancelled.class, name = "cancelled"),
        @JsonSubTypes.Type(value = RotationResult.Abandoned.class, name = "abandoned"),
        @JsonSubTypes.Type(value = RotationResult.EmulatorError.class, name = "emulator-error")})
public sealed interface RotationResult {

    /** The status a rotation with this result has. */
    RotationRecord.Status status();

    /** What went wrong, for people; null when it succeeded. */
    String message();

    /** The same result with the invocation it carries, if any, changed by {@code change}. */
    default RotationResult withInvocation(UnaryOperator<Invocation> change) {
        return this;
    }

    /** Every step succeeded and AWSCURRENT moved to the new version. */
    record Succeeded() implements RotationResult {
        public RotationRecord.Status status() {
            return RotationRecord.Status.SUCCEEDED;
        }

        public String message() {
            return null;
        }
    }

    /** A step's invocation failed; the rotation stopped there, leaving AWSPENDING in place. */
    record StepFailed(RotationStep step, @JsonIgnore Invocation invocation) implements RotationResult {
        public RotationRecord.Status status() {
            return RotationRecord.Status.FAILED;
        }

        public String message() {
            return step + " failed: " + invocation.errorType() + ": " + invocation.error().errorMessage();
        }

        @Override
        public RotationResult withInvocation(UnaryOperator<Invocation> change) {
            return new StepFailed(step, change.apply(invocation));
        }
    }

    /** The step succeeded, but invoking it again with the same token (as Secrets Manager may) failed. */
    record NotIdempotent(RotationStep step, @JsonIgnore Invocation repeat) implements RotationResult {
        public RotationRecord.Status status() {
            return RotationRecord.Status.FAILED;
        }

        public String message() {
            return "not idempotent: repeating " + step + " with the same token failed: " + repeat.errorType() + ": "
                    + repeat.error().errorMessage();
        }

        @Override
        public RotationResult withInvocation(UnaryOperator<Invocation> change) {
            return new NotIdempotent(step, change.apply(repeat));
        }
    }

    /** finishSecret returned, but AWSCURRENT is not on the rotation's version. */
    record CurrentNotMoved(String versionId) implements RotationResult {
        public RotationRecord.Status status() {
            return RotationRecord.Status.FAILED;
        }

        public String message() {
            return "finishSecret returned, but AWSCURRENT is not on version " + versionId;
        }
    }

    /** CancelRotateSecret, or the emulator stopping, stopped it. */
    record Cancelled() implements RotationResult {
        public RotationRecord.Status status() {
            return RotationRecord.Status.CANCELLED;
        }

        public String message() {
            return "cancelled by CancelRotateSecret or by the emulator stopping";
        }
    }

    /** A new AWSCURRENT version was written by hand: AWSPENDING is gone from the rotation's version. */
    record Abandoned(String versionId) implements RotationResult {
        public RotationRecord.Status status() {
            return RotationRecord.Status.ABANDONED;
        }

        public String message() {
            return "a new AWSCURRENT version was written by hand; AWSPENDING is gone from version " + versionId;
        }
    }

    /** The emulator itself failed while running the rotation. */
    record EmulatorError(String detail) implements RotationResult {
        public RotationRecord.Status status() {
            return RotationRecord.Status.FAILED;
        }

        public String message() {
            return "the emulator failed: " + detail;
        }
    }
}
