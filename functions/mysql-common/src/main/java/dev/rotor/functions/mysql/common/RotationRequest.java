package dev.rotor.functions.mysql.common;

import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;

/**
 * One invocation of a rotation function: the raw step name, the secret, the version being rotated in, and the
 * optional rotation token that must be passed back to PutSecretValue.
 */
public record RotationRequest(String step, String secretId, String token, String rotationToken) {

    public RotationRequest {
        requirePresent("SecretId", secretId);
        requirePresent("ClientRequestToken", token);
        if (rotationToken != null && rotationToken.isBlank()) {
            rotationToken = null;
        }
    }

    /** Reads the Lambda event; Step is checked later, after the preamble, as AWS's templates do. */
    public static RotationRequest from(SecretsManagerRotationEvent event) {
        if (event == null) {
            throw new RotationFailedException("No rotation event");
        }
        return new RotationRequest(event.getStep(), event.getSecretId(), event.getClientRequestToken(),
                event.getRotationToken());
    }

    private static void requirePresent(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new RotationFailedException("The rotation event has no " + name);
        }
    }
}
