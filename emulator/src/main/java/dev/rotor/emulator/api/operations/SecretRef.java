package dev.rotor.emulator.api.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rotor.emulator.secrets.Secret;

/** The {@code {ARN, Name}} response many operations answer with. */
public record SecretRef(@JsonProperty("ARN") String arn, String name) {

    static SecretRef of(Secret secret) {
        return new SecretRef(secret.arn(), secret.name());
    }
}
