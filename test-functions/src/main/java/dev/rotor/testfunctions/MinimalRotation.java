package dev.rotor.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The least a rotation function must do, for the rotation benchmark: createSecret stores a new value under AWSPENDING
 * (one PutSecretValue; the value is derived from the token, so a repeated step is idempotent), setSecret and
 * testSecret do nothing, finishSecret finds AWSCURRENT (DescribeSecret) and moves it (UpdateSecretVersionStage).
 * Answers with its timings like {@link TimedServiceRotation}.
 */
public class MinimalRotation implements RequestHandler<SecretsManagerRotationEvent, Map<String, Object>> {

    private final CallTimer timer = new CallTimer();
    private final SecretsManagerClient client = SecretsManagerClient.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(c -> c.addExecutionInterceptor(timer)).build();

    @Override
    public Map<String, Object> handleRequest(SecretsManagerRotationEvent event, Context context) {
        timer.reset();
        long started = System.nanoTime();
        String arn = event.getSecretId();
        String token = event.getClientRequestToken();
        switch (event.getStep()) {
            case "createSecret" -> {
                try {
                    client.putSecretValue(r -> r.secretId(arn).clientRequestToken(token)
                            .secretString("pw-" + UUID.nameUUIDFromBytes(token.getBytes()))
                            .versionStages("AWSPENDING"));
                } catch (ResourceExistsException alreadyThere) {
                    // a repeated step: the version exists with this value
                }
            }
            case "setSecret", "testSecret" -> {
            }
            case "finishSecret" -> {
                Map<String, List<String>> versions = client.describeSecret(r -> r.secretId(arn)).versionIdsToStages();
                String current = versions.entrySet().stream().filter(v -> v.getValue().contains("AWSCURRENT"))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                if (!token.equals(current)) {
                    client.updateSecretVersionStage(r -> r.secretId(arn).versionStage("AWSCURRENT")
                            .moveToVersionId(token).removeFromVersionId(current));
                }
            }
            default -> throw new IllegalArgumentException("Invalid step parameter " + event.getStep());
        }
        return timer.report(System.nanoTime() - started);
    }
}
