package dev.rotor.emulator.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The AWS JSON error body: {@code {"__type": code, "Message": text}}. */
public record AwsErrorBody(@JsonProperty("__type") String type, @JsonProperty("Message") String message) {
}
