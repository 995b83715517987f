package com.example.rotation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;

import java.util.List;
import java.util.Map;

/**
 * Lambda handler {@code com.example.rotation.PasswordRotationHandler}: rotates the password of a MySQL user that
 * changes its own password (the single-user strategy). Secrets Manager calls it four times per rotation with
 * {@code {Step, SecretId, ClientRequestToken}}, and may call any step again with the same token.
 */
public final class PasswordRotationHandler implements RequestHandler<Map<String, String>, Void> {
    private final SecretsManagerClient secretsManager;

    /** The constructor Lambda calls: region, credentials and endpoint come from the environment. */
    public PasswordRotationHandler() {
        this(SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create()).build());
    }

    PasswordRotationHandler(SecretsManagerClient secretsManager) {
        this.secretsManager = secretsManager;
    }

    @Override
    public Void handleRequest(Map<String, String> event, Context context) {
        String step = event.get("Step");
        String secretId = event.get("SecretId");
        String token = event.get("ClientRequestToken");
        RotationSteps steps = new RotationSteps(secretsManager, secretId, token, context.getLogger());
        if (alreadyCurrent(secretId, token)) {
            context.getLogger().log(step + ": version " + token + " is already AWSCURRENT; nothing to do");
            return null;
        }
        switch (step == null ? "" : step) {
            case "createSecret" -> steps.createSecret(event.get("RotationToken"));
            case "setSecret" -> steps.setSecret();
            case "testSecret" -> steps.testSecret();
            case "finishSecret" -> steps.finishSecret();
            default -> throw new IllegalArgumentException("unknown step " + step);
        }
        return null;
    }

    /**
     * The checks of AWS's templates: rotation is enabled and the token names a version of this secret that is
     * AWSPENDING, unless it is AWSCURRENT already (a repeated finishSecret).
     */
    private boolean alreadyCurrent(String secretId, String token) {
        DescribeSecretResponse secret = secretsManager.describeSecret(r -> r.secretId(secretId));
        if (!Boolean.TRUE.equals(secret.rotationEnabled())) {
            throw new IllegalStateException("rotation is not enabled for secret " + secretId);
        }
        List<String> stages = secret.versionIdsToStages().get(token);
        if (stages == null) {
            throw new IllegalStateException("secret " + secretId + " has no version " + token);
        }
        if (stages.contains("AWSCURRENT")) {
            return true;
        }
        if (!stages.contains("AWSPENDING")) {
            throw new IllegalStateException("version " + token + " of secret " + secretId + " is not AWSPENDING");
        }
        return false;
    }
}
