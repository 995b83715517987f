package dev.rotor.emulator.secrets;

import java.util.List;

/** The outcome of writing a version: the secret, the version id and the labels now on that version. */
public record VersionResult(String arn, String name, String versionId, List<String> stages) {
}
