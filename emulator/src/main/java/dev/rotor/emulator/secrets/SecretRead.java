package dev.rotor.emulator.secrets;

import java.time.Instant;
import java.util.List;

/** A version's value as GetSecretValue returns it. */
public record SecretRead(String arn, String name, String versionId, SecretValue value, List<String> stages,
                         Instant createdDate) {
}
