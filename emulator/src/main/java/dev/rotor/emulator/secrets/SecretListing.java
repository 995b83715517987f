package dev.rotor.emulator.secrets;

import java.util.List;
import java.util.Map;

/** One ListSecrets entry: the secret and its labelled versions (null when it has none). */
public record SecretListing(Secret secret, Map<String, List<String>> stages) {
}
