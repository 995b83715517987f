package dev.rotor.functions.mysql.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;
import org.junit.jupiter.api.Test;

class RotationRequestTest {

    @Test
    void readsEveryFieldOfTheEventIncludingTheRotationToken() {
        SecretsManagerRotationEvent event = new SecretsManagerRotationEvent("setSecret", "arn:s", "tok", "rt");

        assertThat(RotationRequest.from(event)).isEqualTo(new RotationRequest("setSecret", "arn:s", "tok", "rt"));
    }

    @Test
    void aMissingOrBlankRotationTokenIsAbsent() {
        assertThat(RotationRequest.from(new SecretsManagerRotationEvent("setSecret", "arn:s", "tok", null))
                .rotationToken()).isNull();
        assertThat(new RotationRequest("setSecret", "arn:s", "tok", " ").rotationToken()).isNull();
    }

    @Test
    void secretIdAndTokenAreRequired() {
        assertThatThrownBy(() -> RotationRequest.from(new SecretsManagerRotationEvent("setSecret", null, "t", null)))
                .hasMessageContaining("SecretId");
        assertThatThrownBy(() -> RotationRequest.from(new SecretsManagerRotationEvent("setSecret", "s", "", null)))
                .hasMessageContaining("ClientRequestToken");
    }

    @Test
    void stepsAreReadByTheirWireNamesAndAnUnknownStepFails() {
        assertThat(RotationStep.fromWireName("createSecret")).isEqualTo(RotationStep.CREATE_SECRET);
        assertThat(RotationStep.fromWireName("finishSecret")).isEqualTo(RotationStep.FINISH_SECRET);
        assertThatThrownBy(() -> RotationStep.fromWireName("deleteSecret")).hasMessageContaining("deleteSecret");
        assertThatThrownBy(() -> RotationStep.fromWireName(null)).isInstanceOf(RotationFailedException.class);
    }
}
