package dev.rotor.emulator.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.4: UpdateSecret. */
class UpdateSecretIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport();

    private final SecretsManagerClient sm = emulator.client();

    @Test
    void aValueMakesANewAwsCurrentVersionAndTheFormerOneAwsPrevious() {
        String name = emulator.uniqueName("update");
        String v1 = sm.createSecret(r -> r.name(name).secretString("v1")).versionId();
        String v2 = sm.updateSecret(r -> r.secretId(name).secretString("v2")).versionId();
        assertThat(v2).isNotNull().isNotEqualTo(v1);
        var stages = sm.describeSecret(r -> r.secretId(name)).versionIdsToStages();
        assertThat(stages.get(v2)).containsExactly("AWSCURRENT");
        assertThat(stages.get(v1)).containsExactly("AWSPREVIOUS");
    }

    @Test
    void aDescriptionOnlyUpdateMakesNoVersionAndAnswersNoVersionId() {
        String name = emulator.uniqueName("describe-only");
        sm.createSecret(r -> r.name(name).secretString("v1"));
        var response = sm.updateSecret(r -> r.secretId(name).description("now described"));
        assertThat(response.versionId()).isNull();
        assertThat(response.name()).isEqualTo(name);
        assertThat(sm.describeSecret(r -> r.secretId(name)).description()).isEqualTo("now described");
        assertThat(sm.listSecretVersionIds(r -> r.secretId(name).includeDeprecated(true)).versions()).hasSize(1);
    }

    @Test
    void anEmptyKmsKeyIdSwitchesBackToTheDefaultKey() {
        String name = emulator.uniqueName("kms");
        sm.createSecret(r -> r.name(name).secretString("v1").kmsKeyId("alias/custom"));
        assertThat(sm.describeSecret(r -> r.secretId(name)).kmsKeyId()).isEqualTo("alias/custom");
        sm.updateSecret(r -> r.secretId(name).kmsKeyId(""));
        assertThat(sm.describeSecret(r -> r.secretId(name)).kmsKeyId()).isNull();
        assertThat(sm.listSecretVersionIds(r -> r.secretId(name)).versions().get(0).kmsKeyIds())
                .containsExactly("DefaultEncryptionKey");
    }

    @Test
    void aBinaryValueRoundTripsAsBytes() {
        String name = emulator.uniqueName("binary");
        byte[] bytes = {0, 1, (byte) 0xff, 'h', 'i'};
        sm.createSecret(r -> r.name(name).secretString("text"));
        sm.updateSecret(r -> r.secretId(name).secretBinary(SdkBytes.fromByteArray(bytes)));
        var read = sm.getSecretValue(r -> r.secretId(name));
        assertThat(read.secretBinary().asByteArray()).isEqualTo(bytes);
        assertThat(read.secretString()).isNull();
    }
}
