package dev.rotor.emulator.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.CreateSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse;

import java.time.Instant;

import static dev.rotor.emulator.it.AwsErrors.assertAwsError;
import static dev.rotor.emulator.it.EmulatorTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.2: ClientRequestToken idempotency for CreateSecret, PutSecretValue and UpdateSecret. */
class ClientRequestTokenIdempotencyIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport();

    private final SecretsManagerClient sm = emulator.client();

    @Test
    void aNewTokenCreatesAVersionWhoseIdIsTheToken() {
        String name = emulator.uniqueName("token");
        String t1 = token();
        String t2 = token();
        assertThat(sm.createSecret(r -> r.name(name).secretString("a").clientRequestToken(t1)).versionId()).isEqualTo(t1);
        assertThat(sm.putSecretValue(r -> r.secretId(name).secretString("b").clientRequestToken(t2)).versionId())
                .isEqualTo(t2);
        assertThat(sm.getSecretValue(r -> r.secretId(name).versionId(t1)).secretString()).isEqualTo("a");
    }

    @Test
    void createSecretWithTheSameTokenAndValueReturnsTheOriginalResult() {
        String name = emulator.uniqueName("create-again");
        String t = token();
        CreateSecretResponse first = sm.createSecret(r -> r.name(name).secretString("same").clientRequestToken(t));
        CreateSecretResponse again = sm.createSecret(r -> r.name(name).secretString("same").clientRequestToken(t));
        assertThat(again.arn()).isEqualTo(first.arn());
        assertThat(again.versionId()).isEqualTo(t);
        assertThat(sm.listSecretVersionIds(r -> r.secretId(name)).versions()).hasSize(1);
    }

    @Test
    void putSecretValueWithTheSameTokenAndValueChangesNothingAndAnswersTheVersionsLabels() {
        String name = emulator.uniqueName("put-again");
        sm.createSecret(r -> r.name(name).secretString("v1"));
        String t = token();
        sm.putSecretValue(r -> r.secretId(name).secretString("v2").clientRequestToken(t));
        PutSecretValueResponse again = sm.putSecretValue(r -> r.secretId(name).secretString("v2").clientRequestToken(t));
        assertThat(again.versionId()).isEqualTo(t);
        assertThat(again.versionStages()).containsExactly("AWSCURRENT");
        assertThat(sm.listSecretVersionIds(r -> r.secretId(name).includeDeprecated(true)).versions()).hasSize(2);
    }

    @Test
    void updateSecretWithTheSameTokenAndValueSucceedsWithThatVersionId() {
        String name = emulator.uniqueName("update-again");
        sm.createSecret(r -> r.name(name).secretString("v1"));
        String t = token();
        sm.updateSecret(r -> r.secretId(name).secretString("v2").clientRequestToken(t));
        assertThat(sm.updateSecret(r -> r.secretId(name).secretString("v2").clientRequestToken(t)).versionId())
                .isEqualTo(t);
        assertThat(sm.listSecretVersionIds(r -> r.secretId(name).includeDeprecated(true)).versions()).hasSize(2);
    }

    @Test
    void theSameTokenWithADifferentValueIsResourceExistsWithAwsMessage() {
        String name = emulator.uniqueName("conflict");
        String t = token();
        String arn = sm.createSecret(r -> r.name(name).secretString("v1").clientRequestToken(t)).arn();
        String message = "You can't use ClientRequestToken " + t
                + " because that value is already in use for a version of secret " + arn + ".";

        assertAwsError(() -> sm.putSecretValue(r -> r.secretId(name).secretString("other").clientRequestToken(t)),
                "ResourceExistsException", message);
        assertAwsError(() -> sm.updateSecret(r -> r.secretId(name).secretString("other").clientRequestToken(t)),
                "ResourceExistsException", message);
        assertAwsError(() -> sm.createSecret(r -> r.name(name).secretString("other").clientRequestToken(t)),
                "ResourceExistsException", message);
        assertThat(sm.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("v1");
    }

    @Test
    void createSecretWithAnExistingNameAndANewTokenIsResourceExists() {
        String name = emulator.uniqueName("exists");
        sm.createSecret(r -> r.name(name).secretString("v1"));
        assertAwsError(() -> sm.createSecret(r -> r.name(name).secretString("v1")), "ResourceExistsException",
                "The operation failed because the secret " + name + " already exists.");
    }

    @Test
    void anIdenticalValueWithANewTokenMakesANewVersionAndMovesLastChangedDate() {
        String name = emulator.uniqueName("same-value");
        sm.createSecret(r -> r.name(name).secretString("same"));
        Instant before = sm.describeSecret(r -> r.secretId(name)).lastChangedDate();
        emulator.emulator().admin().advanceClock(java.time.Duration.ofSeconds(1));
        sm.putSecretValue(r -> r.secretId(name).secretString("same"));
        assertThat(sm.listSecretVersionIds(r -> r.secretId(name)).versions()).hasSize(2);
        assertThat(sm.describeSecret(r -> r.secretId(name)).lastChangedDate()).isAfter(before);
    }
}
