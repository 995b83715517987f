package dev.rotor.functions.mysql.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;

class PreambleTest {

    private static final String ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf";

    private static DescribeSecretResponse secret(Boolean rotationEnabled, Map<String, List<String>> versions) {
        return DescribeSecretResponse.builder().arn(ARN).rotationEnabled(rotationEnabled)
                .versionIdsToStages(versions).build();
    }

    @Test
    void aPendingTokenRunsTheStep() {
        DescribeSecretResponse secret = secret(true, Map.of("v1", List.of("AWSCURRENT"), "v2", List.of("AWSPENDING")));

        assertThat(Preamble.decide(secret, ARN, "v2")).isEqualTo(Preamble.Decision.RUN_STEP);
    }

    @Test
    void rotationDisabledFails() {
        DescribeSecretResponse secret = secret(false, Map.of("v2", List.of("AWSPENDING")));

        assertThatThrownBy(() -> Preamble.decide(secret, ARN, "v2"))
                .isInstanceOf(RotationFailedException.class)
                .hasMessage("Secret " + ARN + " is not enabled for rotation");
    }

    @Test
    void rotationEnabledAbsentIsNotADisabledRotation() {
        DescribeSecretResponse secret = secret(null, Map.of("v2", List.of("AWSPENDING")));

        assertThat(Preamble.decide(secret, ARN, "v2")).isEqualTo(Preamble.Decision.RUN_STEP);
    }

    @Test
    void aTokenThatIsNoVersionFails() {
        DescribeSecretResponse secret = secret(true, Map.of("v1", List.of("AWSCURRENT")));

        assertThatThrownBy(() -> Preamble.decide(secret, ARN, "v9"))
                .hasMessage("Secret version v9 has no stage for rotation of secret " + ARN + ".");
    }

    @Test
    void noVersionsAtAllFailsTheSameWay() {
        assertThatThrownBy(() -> Preamble.decide(secret(true, null), ARN, "v9"))
                .hasMessageContaining("has no stage for rotation");
    }

    @Test
    void aTokenAlreadyCurrentMakesEveryStepANoOp() {
        DescribeSecretResponse secret = secret(true,
                Map.of("v2", List.of("AWSCURRENT", "AWSPENDING"), "v1", List.of("AWSPREVIOUS")));

        assertThat(Preamble.decide(secret, ARN, "v2")).isEqualTo(Preamble.Decision.ALREADY_CURRENT);
    }

    @Test
    void aTokenWithoutAwsPendingFails() {
        DescribeSecretResponse secret = secret(true, Map.of("v1", List.of("AWSPREVIOUS"), "v2", List.of("AWSCURRENT")));

        assertThatThrownBy(() -> Preamble.decide(secret, ARN, "v1"))
                .hasMessage("Secret version v1 not set as AWSPENDING for rotation of secret " + ARN + ".");
    }

    @Test
    void aTokenWithNoStagesFails() {
        DescribeSecretResponse secret = secret(true, Map.of("v1", List.of(), "v2", List.of("AWSCURRENT")));

        assertThatThrownBy(() -> Preamble.decide(secret, ARN, "v1")).hasMessageContaining("not set as AWSPENDING");
    }
}
