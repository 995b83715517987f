package dev.rotor.emulator.store;

import dev.rotor.emulator.secrets.Secret;

import java.util.List;
import java.util.Map;

/**
 * A secret's committed state in the read model: immutable, replaced whole when a write transaction commits. Labels
 * are sorted, as the labels table answers them.
 */
record SecretState(Secret secret, Map<String, String> labels, List<StoredVersion> versions) implements SecretView {

    SecretState {
        labels = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(labels));
        versions = List.copyOf(versions);
    }
}
