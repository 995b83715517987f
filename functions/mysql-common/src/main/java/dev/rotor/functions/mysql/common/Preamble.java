package dev.rotor.functions.mysql.common;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;

/** The checks every step makes before doing anything (AWS's templates, in the same order and words). */
public final class Preamble {

    /** What the invocation does after the checks passed. */
    public enum Decision {
        /** The token is AWSPENDING: run the requested step. */
        RUN_STEP,
        /** The token already holds AWSCURRENT: the rotation is done, every step is a no-op. */
        ALREADY_CURRENT
    }

    private Preamble() {
    }

    /** Decides from DescribeSecret's answer; throws {@link RotationFailedException} when rotation must not go on. */
    public static Decision decide(DescribeSecretResponse secret, String secretId, String token) {
        if (Boolean.FALSE.equals(secret.rotationEnabled())) {
            throw new RotationFailedException("Secret " + secretId + " is not enabled for rotation");
        }
        Map<String, List<String>> versions = secret.versionIdsToStages();
        List<String> stages = versions == null ? null : versions.get(token);
        if (stages == null) {
            throw new RotationFailedException(
                    "Secret version " + token + " has no stage for rotation of secret " + secretId + ".");
        }
        if (stages.contains(Stages.CURRENT)) {
            return Decision.ALREADY_CURRENT;
        }
        if (!stages.contains(Stages.PENDING)) {
            throw new RotationFailedException(
                    "Secret version " + token + " not set as AWSPENDING for rotation of secret " + secretId + ".");
        }
        return Decision.RUN_STEP;
    }
}
