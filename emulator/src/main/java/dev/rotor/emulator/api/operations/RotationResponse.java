package dev.rotor.emulator.api.operations;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code {ARN, Name, VersionId}} answer of RotateSecret and CancelRotateSecret. */
public record RotationResponse(@JsonProperty("ARN") String arn, String name, String versionId) {
}
