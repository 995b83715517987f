package dev.rotor.functions.mysql.common;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.UpdateSecretVersionStageRequest;

/** The Secrets Manager calls a rotation makes, on the SDK's client; nothing here logs a secret value. */
public final class Secrets {

    private final SecretsManagerClient client;

    public Secrets(SecretsManagerClient client) {
        this.client = client;
    }

    public DescribeSecretResponse describe(String secretId) {
        return client.describeSecret(b -> b.secretId(secretId));
    }

    /** The version holding a stage; fails when there is none (AWSCURRENT always exists). */
    public SecretValue byStage(String secretId, String stage) {
        return SecretValue.parse(client.getSecretValue(b -> b.secretId(secretId).versionStage(stage)).secretString());
    }

    /** The version holding a stage, or empty when no version holds it (ResourceNotFoundException). */
    public Optional<SecretValue> findByStage(String secretId, String stage) {
        return find(GetSecretValueRequest.builder().secretId(secretId).versionStage(stage).build());
    }

    /** The pending version of this rotation: {@code VersionId=token, VersionStage=AWSPENDING}; empty when absent. */
    public Optional<SecretValue> findPending(String secretId, String token) {
        return find(GetSecretValueRequest.builder().secretId(secretId).versionId(token)
                .versionStage(Stages.PENDING).build());
    }

    /** Like {@link #findPending} but required: setSecret and testSecret run after createSecret stored it. */
    public SecretValue pending(String secretId, String token) {
        return findPending(secretId, token).orElseThrow(() -> new RotationFailedException(
                "Secret version " + token + " of secret " + secretId + " is not AWSPENDING"));
    }

    /** Stores the new value under the token with AWSPENDING, passing the event's RotationToken when present. */
    public void putPending(RotationRequest request, SecretValue value) {
        PutSecretValueRequest.Builder put = PutSecretValueRequest.builder()
                .secretId(request.secretId())
                .clientRequestToken(request.token())
                .secretString(value.toJson())
                .versionStages(Stages.PENDING);
        if (request.rotationToken() != null) {
            put.rotationToken(request.rotationToken());
        }
        client.putSecretValue(put.build());
    }

    public String randomPassword(PasswordPolicy policy) {
        return client.getRandomPassword(policy.toRequest()).randomPassword();
    }

    /** The version id holding AWSCURRENT, if any. */
    public static Optional<String> currentVersion(DescribeSecretResponse secret) {
        Map<String, List<String>> versions = secret.versionIdsToStages();
        if (versions == null) {
            return Optional.empty();
        }
        return versions.entrySet().stream()
                .filter(entry -> entry.getValue() != null && entry.getValue().contains(Stages.CURRENT))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Moves AWSCURRENT to the token; Secrets Manager gives AWSPREVIOUS to the version that loses it. */
    public void promote(String secretId, String token, String currentVersion) {
        client.updateSecretVersionStage(UpdateSecretVersionStageRequest.builder()
                .secretId(secretId)
                .versionStage(Stages.CURRENT)
                .moveToVersionId(token)
                .removeFromVersionId(currentVersion)
                .build());
    }

    private Optional<SecretValue> find(GetSecretValueRequest request) {
        try {
            return Optional.of(SecretValue.parse(client.getSecretValue(request).secretString()));
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }
}
