package dev.rotor.harness.secret;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One secret read and written through the real SDK client, as an application or an operator would. */
public final class SecretView {
    private final SecretsManagerClient sm;
    private final ObjectMapper json = new ObjectMapper();
    private final String arn;

    public SecretView(SecretsManagerClient sm, String arn) {
        this.sm = sm;
        this.arn = arn;
    }

    public String arn() {
        return arn;
    }

    /** The version holding a label, if any and if it has a value. */
    public Optional<SecretVersion> stage(String label) {
        try {
            var response = sm.getSecretValue(r -> r.secretId(arn).versionStage(label));
            return Optional.of(new SecretVersion(response.versionId(), parse(response.secretString())));
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    public SecretVersion current() {
        return stage(Labels.CURRENT).orElseThrow(() -> new IllegalStateException("the secret has no AWSCURRENT value"));
    }

    /** Version id → labels. */
    public Map<String, List<String>> stages() {
        var described = sm.describeSecret(r -> r.secretId(arn));
        return described.hasVersionIdsToStages() ? described.versionIdsToStages() : Map.of();
    }

    /** PutSecretValue: a new AWSCURRENT value, stored by hand; returns its version id. */
    public String put(ObjectNode value) {
        String text = write(value);
        return sm.putSecretValue(r -> r.secretId(arn).secretString(text)).versionId();
    }

    private String write(ObjectNode value) {
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
