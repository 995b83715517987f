package dev.rotor.emulator.secrets;

/** A key/value tag on a secret. */
public record Tag(String key, String value) {
}
