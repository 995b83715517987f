package dev.rotor.emulator.api.operations;

/** A request that names only a secret. */
public record SecretIdRequest(String secretId) {
}
