package dev.rotor.emulator.store;

import dev.rotor.emulator.secrets.SecretValue;
import dev.rotor.emulator.secrets.VersionInfo;

/** One version as the read model holds it: its metadata and its value (null for a rotation's placeholder). */
record StoredVersion(VersionInfo info, SecretValue value) {

    String versionId() {
        return info.versionId();
    }
}
