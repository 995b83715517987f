package dev.rotor.emulator.secrets;

import java.util.List;

/** What CreateSecret asks for. {@code value} may be null: a secret with no version yet. */
public record NewSecret(String name, String token, String description, String kmsKeyId, String type,
                        SecretValue value, List<Tag> tags) {
}
