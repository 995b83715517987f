package dev.rotor.emulator.secrets;

import java.time.Instant;

/**
 * A secret's rotation settings and history. {@code enabled} is null until rotation was ever configured.
 */
public record Rotation(Boolean enabled, String lambdaArn, RotationRules rules, Instant lastRotatedDate,
                       Instant nextRotationDate) {

    public static final Rotation NEVER_CONFIGURED = new Rotation(null, null, null, null, null);

    public boolean isEnabled() {
        return Boolean.TRUE.equals(enabled);
    }

    public Rotation withEnabled(Boolean value) {
        return new Rotation(value, lambdaArn, rules, lastRotatedDate, nextRotationDate);
    }

    public Rotation withLastRotatedDate(Instant value) {
        return new Rotation(enabled, lambdaArn, rules, value, nextRotationDate);
    }

    public Rotation withNextRotationDate(Instant value) {
        return new Rotation(enabled, lambdaArn, rules, lastRotatedDate, value);
    }
}
