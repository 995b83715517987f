package com.example.rotation;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The four steps of one rotation of one secret (one token); each may run again and must then change nothing. */
final class RotationSteps {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** As AWS's templates: characters that would need quoting in a connection string or a shell. */
    private static final String DEFAULT_EXCLUDED = "/@\"'\\";

    private final SecretsManagerClient secretsManager;
    private final String secretId;
    private final String token;
    private final LambdaLogger log;

    RotationSteps(SecretsManagerClient secretsManager, String secretId, String token, LambdaLogger log) {
        this.secretsManager = secretsManager;
        this.secretId = secretId;
        this.token = token;
        this.log = log;
    }

    /** Stores the next value as AWSPENDING under the token: the current value with a new password. */
    void createSecret(String rotationToken) {
        ObjectNode current = read("AWSCURRENT", null).orElseThrow();
        if (read("AWSPENDING", token).isPresent()) {
            log.log("createSecret: AWSPENDING already holds version " + token);
            return;
        }
        String excluded = Optional.ofNullable(System.getenv("EXCLUDE_CHARACTERS")).orElse(DEFAULT_EXCLUDED);
        String password = secretsManager.getRandomPassword(r -> r.excludeCharacters(excluded)).randomPassword();
        ObjectNode pending = current.deepCopy().put("password", password);
        PutSecretValueRequest.Builder put = PutSecretValueRequest.builder().secretId(secretId)
                .clientRequestToken(token).secretString(pending.toString()).versionStages("AWSPENDING");
        if (rotationToken != null) {
            put.rotationToken(rotationToken);
        }
        secretsManager.putSecretValue(put.build());
        log.log("createSecret: stored version " + token + " as AWSPENDING");
    }

    /** Gives the user the pending password, logged in with the current one (or the previous, on a retry). */
    void setSecret() {
        ObjectNode pending = read("AWSPENDING", token).orElseThrow();
        if (MySqlUser.canLogIn(pending)) {
            log.log("setSecret: the AWSPENDING password works already");
            return;
        }
        ObjectNode current = read("AWSCURRENT", null).orElseThrow();
        if (!current.path("username").equals(pending.path("username"))) {
            throw new IllegalStateException("setSecret: AWSPENDING names another user than AWSCURRENT");
        }
        ObjectNode loginAs = MySqlUser.canLogIn(current) ? current : read("AWSPREVIOUS", null)
                .filter(MySqlUser::canLogIn).orElseThrow(() -> new IllegalStateException(
                        "setSecret: cannot log in with the AWSCURRENT or AWSPREVIOUS password"));
        MySqlUser.changeOwnPassword(loginAs, pending.path("password").asText());
        log.log("setSecret: password of " + pending.path("username").asText() + " changed");
    }

    /** The pending value logs in. */
    void testSecret() {
        if (!MySqlUser.canLogIn(read("AWSPENDING", token).orElseThrow())) {
            throw new IllegalStateException("testSecret: the AWSPENDING password does not log in");
        }
    }

    /** Moves AWSCURRENT to the token (Secrets Manager gives AWSPREVIOUS to the version that had it). */
    void finishSecret() {
        Map<String, List<String>> versions = secretsManager.describeSecret(r -> r.secretId(secretId))
                .versionIdsToStages();
        String current = versions.entrySet().stream().filter(v -> v.getValue().contains("AWSCURRENT"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        secretsManager.updateSecretVersionStage(r -> r.secretId(secretId).versionStage("AWSCURRENT")
                .moveToVersionId(token).removeFromVersionId(current));
        log.log("finishSecret: version " + token + " is AWSCURRENT");
    }

    /** The value in {@code stage} (of version {@code versionId} when given); empty when no version has it. */
    private Optional<ObjectNode> read(String stage, String versionId) {
        try {
            String value = secretsManager.getSecretValue(r -> r.secretId(secretId).versionStage(stage)
                    .versionId(versionId)).secretString();
            return Optional.of((ObjectNode) JSON.readTree(value));
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("the " + stage + " value of secret " + secretId + " is not a JSON object");
        }
    }
}
