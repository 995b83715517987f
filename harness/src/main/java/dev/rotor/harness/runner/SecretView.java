package dev.rotor.harness.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a secret's labelled values through the real SDK client, as an application would. */
final class SecretView {
    private final SecretsManagerClient sm;
    private final ObjectMapper json = new ObjectMapper();
    private final String arn;

    SecretView(SecretsManagerClient sm, String arn) {
        this.sm = sm;
        this.arn = arn;
    }

    /** One labelled version: its id and parsed JSON. */
    record Version(String versionId, ObjectNode value) {
        String username() {
            return value.path("username").asText();
        }

        String password() {
            return value.path("password").asText();
        }
    }

    /** The version holding a label, if any and if it has a value. */
    Optional<Version> stage(String label) {
        try {
            var response = sm.getSecretValue(r -> r.secretId(arn).versionStage(label));
            return Optional.of(new Version(response.versionId(), parse(response.secretString())));
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    Version current() {
        return stage("AWSCURRENT").orElseThrow(() -> new IllegalStateException("the secret has no AWSCURRENT value"));
    }

    /** Version id → labels. */
    Map<String, List<String>> stages() {
        var described = sm.describeSecret(r -> r.secretId(arn));
        return described.hasVersionIdsToStages() ? described.versionIdsToStages() : Map.of();
    }

    void put(ObjectNode value) {
        sm.putSecretValue(r -> r.secretId(arn).secretString(write(value)));
    }

    String write(ObjectNode value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode parse(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("the secret value is not a JSON object", e);
        }
    }
}
