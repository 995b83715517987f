package dev.rotor.emulator.secrets;

import java.time.Instant;

/**
 * A rotation registered with the secret: the version (token) it rotates to, the function, whether it only tests the
 * configuration (against a temporary copy of AWSCURRENT), and whether it is new ({@code false} when RotateSecret was
 * repeated with a token that already names a version: nothing to start).
 */
public record PendingRotation(String secretArn, String secretName, String versionId, String functionArn,
                              boolean testOnly, Instant requestedAt, boolean isNew) {
}
