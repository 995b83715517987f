package dev.rotor.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A correct rotation function for a plain "service" secret (no database), shaped like AWS's rotation templates: the
 * secret value is a random password; createSecret stores a new one under AWSPENDING, setSecret has nothing to set,
 * testSecret reads the pending value back, finishSecret moves AWSCURRENT to the new version.
 */
public class ServiceRotation implements RequestHandler<SecretsManagerRotationEvent, Void> {

    protected final SecretsManagerClient secretsManager;

    public ServiceRotation() {
        this(List.of());
    }

    /** With SDK interceptors on the client (the benchmark's {@link CallTimer}). */
    protected ServiceRotation(List<ExecutionInterceptor> interceptors) {
        SecretsManagerClientBuilder builder = SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.executionInterceptors(interceptors));
        // AWS's own templates point the client at SECRETS_MANAGER_ENDPOINT; without it the SDK reads
        // AWS_ENDPOINT_URL_SECRETS_MANAGER from the environment by itself.
        String endpoint = System.getenv("SECRETS_MANAGER_ENDPOINT");
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        this.secretsManager = builder.build();
    }

    @Override
    public Void handleRequest(SecretsManagerRotationEvent event, Context context) {
        String arn = event.getSecretId();
        String token = event.getClientRequestToken();
        String step = event.getStep();
        System.out.println("step " + step + " secret " + arn + " version " + token);
        beforeStep(step);

        DescribeSecretResponse metadata = secretsManager.describeSecret(r -> r.secretId(arn));
        if (!Boolean.TRUE.equals(metadata.rotationEnabled())) {
            throw new IllegalStateException("Secret " + arn + " is not enabled for rotation");
        }
        Map<String, List<String>> versions = metadata.versionIdsToStages();
        if (!versions.containsKey(token)) {
            throw new IllegalStateException("Secret version " + token + " has no stage for rotation of secret " + arn);
        }
        if (versions.get(token).contains("AWSCURRENT")) {
            System.out.println("Secret version " + token + " already set as AWSCURRENT for secret " + arn);
            return null;
        }
        if (!versions.get(token).contains("AWSPENDING")) {
            throw new IllegalStateException("Secret version " + token + " not set as AWSPENDING for rotation of secret " + arn);
        }

        switch (step) {
            case "createSecret" -> createSecret(arn, token);
            case "setSecret" -> System.out.println("setSecret: a plain service has nothing to set");
            case "testSecret" -> testSecret(arn, token);
            case "finishSecret" -> finishSecret(arn, token, versions);
            default -> throw new IllegalArgumentException("Invalid step parameter " + step);
        }
        return null;
    }

    /** Hook for the misbehaving variants. */
    protected void beforeStep(String step) {
    }

    private void createSecret(String arn, String token) {
        secretsManager.getSecretValue(r -> r.secretId(arn).versionStage("AWSCURRENT"));
        try {
            secretsManager.getSecretValue(r -> r.secretId(arn).versionId(token).versionStage("AWSPENDING"));
            System.out.println("createSecret: successfully retrieved secret for " + arn);
        } catch (ResourceNotFoundException e) {
            String password = secretsManager.getRandomPassword(r -> r.excludeCharacters("/@\"'\\")).randomPassword();
            secretsManager.putSecretValue(r -> r.secretId(arn).clientRequestToken(token).secretString(password)
                    .versionStages("AWSPENDING"));
            System.out.println("createSecret: successfully put secret for ARN " + arn + " and version " + token);
        }
    }

    private void testSecret(String arn, String token) {
        String pending = secretsManager.getSecretValue(r -> r.secretId(arn).versionId(token).versionStage("AWSPENDING"))
                .secretString();
        if (pending == null || pending.isEmpty()) {
            throw new IllegalStateException("testSecret: the pending value of " + arn + " is empty");
        }
    }

    private void finishSecret(String arn, String token, Map<String, List<String>> versions) {
        String current = null;
        for (Map.Entry<String, List<String>> version : versions.entrySet()) {
            if (version.getValue().contains("AWSCURRENT")) {
                if (version.getKey().equals(token)) {
                    System.out.println("finishSecret: version " + token + " already marked as AWSCURRENT for " + arn);
                    return;
                }
                current = version.getKey();
            }
        }
        String from = current;
        secretsManager.updateSecretVersionStage(r -> r.secretId(arn).versionStage("AWSCURRENT").moveToVersionId(token)
                .removeFromVersionId(from));
        System.out.println("finishSecret: successfully set AWSCURRENT stage to version " + token + " for secret " + arn);
    }
}
