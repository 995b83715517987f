package dev.rotor.harness.action;

import dev.rotor.emulator.rotation.RotationStep;

import java.util.Optional;

/**
 * What a rotation must produce: {@code succeeds}, {@code fails}, {@code fails-at <step>}, {@code abandoned} (a new
 * AWSCURRENT written meanwhile ended it, as AWS abandons a rotation), {@code rejected} (the RotateSecret call itself
 * is refused), {@code none} (no rotation happens: for advance-clock) or {@code any}.
 */
public record Expectation(Kind kind, RotationStep step) {

    /** The kinds of expectation. */
    public enum Kind { SUCCEEDS, FAILS, ABANDONED, REJECTED, NONE, ANY }

    public static final Expectation SUCCEEDS = new Expectation(Kind.SUCCEEDS, null);
    public static final Expectation ANY = new Expectation(Kind.ANY, null);

    /** Parses the scenario spelling; empty when it is not one. */
    public static Optional<Expectation> parse(String text) {
        String t = text.trim();
        if (t.startsWith("fails-at ")) {
            return RotationStep.fromWireName(t.substring("fails-at ".length()).trim())
                    .map(step -> new Expectation(Kind.FAILS, step));
        }
        return switch (t) {
            case "succeeds" -> Optional.of(SUCCEEDS);
            case "fails" -> Optional.of(new Expectation(Kind.FAILS, null));
            case "abandoned" -> Optional.of(new Expectation(Kind.ABANDONED, null));
            case "rejected" -> Optional.of(new Expectation(Kind.REJECTED, null));
            case "any" -> Optional.of(ANY);
            case "none" -> Optional.of(new Expectation(Kind.NONE, null));
            default -> Optional.empty();
        };
    }

    /** Whether an outcome meets this expectation. */
    public boolean metBy(Outcome outcome) {
        return switch (kind) {
            case ANY -> true;
            case SUCCEEDS -> outcome.kind() == Kind.SUCCEEDS;
            case REJECTED, NONE, ABANDONED -> outcome.kind() == kind;
            case FAILS -> outcome.kind() == Kind.FAILS && (step == null || step == outcome.step());
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case SUCCEEDS -> "succeeds";
            case ABANDONED -> "abandoned";
            case REJECTED -> "rejected";
            case NONE -> "no rotation";
            case ANY -> "any";
            case FAILS -> step == null ? "fails" : "fails at " + step;
        };
    }

    /** What actually happened: succeeded, failed (at a step), rejected, or no rotation. */
    public record Outcome(Kind kind, RotationStep step, String detail) {

        public static final Outcome SUCCEEDED = new Outcome(Kind.SUCCEEDS, null, null);

        @Override
        public String toString() {
            return switch (kind) {
                case SUCCEEDS -> "succeeded";
                case ABANDONED -> "abandoned" + (detail == null ? "" : ": " + detail);
                case REJECTED -> "rejected: " + detail;
                case NONE -> "no rotation";
                case FAILS -> (step == null ? "failed" : "failed at " + step) + (detail == null ? "" : ": " + detail);
                case ANY -> "done";
            };
        }
    }
}
