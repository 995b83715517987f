package dev.rotor.emulator.store;

import dev.rotor.emulator.secrets.Secret;

import java.util.List;
import java.util.Map;

/** One secret's metadata, labels and versions (in creation order), as one transaction sees them. */
interface SecretView {

    Secret secret();

    /** Label → version id. */
    Map<String, String> labels();

    List<StoredVersion> versions();

    /** The version with this id, or null. A secret has at most 100 versions, so a scan is cheap. */
    default StoredVersion version(String versionId) {
        for (StoredVersion version : versions()) {
            if (version.versionId().equals(versionId)) {
                return version;
            }
        }
        return null;
    }
}
