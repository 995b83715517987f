package dev.rotor.emulator.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.3: labels PutSecretValue gives, and rotation abandonment by a manual new AWSCURRENT. */
class PutSecretValueLabelsIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport();

    private final SecretsManagerClient sm = emulator.client();

    @Test
    void withoutVersionStagesTheNewVersionIsAwsCurrent() {
        String name = emulator.uniqueName("default");
        sm.createSecret(r -> r.name(name).secretString("v1"));
        var put = sm.putSecretValue(r -> r.secretId(name).secretString("v2"));
        assertThat(put.versionStages()).containsExactly("AWSCURRENT");
        assertThat(sm.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("v2");
    }

    @Test
    void explicitStagesWithoutAwsCurrentLeaveAwsCurrentWhereItWas() {
        String name = emulator.uniqueName("explicit");
        sm.createSecret(r -> r.name(name).secretString("v0"));
        sm.putSecretValue(r -> r.secretId(name).secretString("v1").versionStages("SAMPLESTAGE1", "SAMPLESTAGE0"));
        var pending = sm.putSecretValue(r -> r.secretId(name).secretString("v2").versionStages("AWSPENDING"));
        assertThat(pending.versionStages()).containsExactly("AWSPENDING");
        assertThat(sm.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("v0");
    }

    @Test
    void theFirstVersionOfAnEmptySecretBecomesAwsCurrentWhateverItsStages() {
        String name = emulator.uniqueName("first");
        sm.createSecret(r -> r.name(name));
        var put = sm.putSecretValue(r -> r.secretId(name).secretString("v1"));
        assertThat(put.versionStages()).containsExactly("AWSCURRENT");
    }

    @Test
    void takingAwayEveryLabelOfAnOlderVersionDeprecatesIt() {
        String name = emulator.uniqueName("replace");
        sm.createSecret(r -> r.name(name).secretString("v1"));
        String v2 = sm.putSecretValue(r -> r.secretId(name).secretString("v2").versionStages("one", "three", "two"))
                .versionId();
        assertThat(sm.describeSecret(r -> r.secretId(name)).versionIdsToStages().get(v2))
                .containsExactly("one", "three", "two");
        sm.putSecretValue(r -> r.secretId(name).secretString("v3").versionStages("one", "two", "three", "four"));
        assertThat(sm.describeSecret(r -> r.secretId(name)).versionIdsToStages()).doesNotContainKey(v2);
    }

    @Test
    void aManualNewAwsCurrentAbandonsTheRotation_awsPendingLeavesEveryOtherVersion() {
        String name = emulator.uniqueName("abandon");
        String v1 = sm.createSecret(r -> r.name(name).secretString("v1")).versionId();
        String v2 = sm.putSecretValue(r -> r.secretId(name).secretString("v2").versionStages("AWSPENDING"))
                .versionId();

        String v3 = sm.putSecretValue(r -> r.secretId(name).secretString("v3")).versionId();

        Map<String, List<String>> stages = sm.describeSecret(r -> r.secretId(name)).versionIdsToStages();
        assertThat(stages).containsOnlyKeys(v1, v3);
        assertThat(stages.get(v3)).containsExactly("AWSCURRENT");
        assertThat(stages.get(v1)).containsExactly("AWSPREVIOUS");
        assertThat(stages).doesNotContainKey(v2);
    }

    @Test
    void aManualNewAwsCurrentStripsAwsPendingThatSharedTheFormerCurrent() {
        String name = emulator.uniqueName("abandon-shared");
        String v1 = sm.createSecret(r -> r.name(name).secretString("v1")).versionId();
        sm.updateSecretVersionStage(r -> r.secretId(name).versionStage("AWSPENDING").moveToVersionId(v1));

        sm.putSecretValue(r -> r.secretId(name).secretString("v2"));

        assertThat(sm.describeSecret(r -> r.secretId(name)).versionIdsToStages().get(v1)).containsExactly("AWSPREVIOUS");
    }
}
