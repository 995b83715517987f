package dev.rotor.emulator.secrets;

import java.util.List;
import java.util.Map;

/** A secret's metadata with its labelled versions; {@code stages} is null when the secret has no versions. */
public record SecretDescription(Secret secret, Map<String, List<String>> stages) {
}
