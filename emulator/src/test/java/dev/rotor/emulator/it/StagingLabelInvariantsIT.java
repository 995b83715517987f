package dev.rotor.emulator.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ListSecretVersionIdsResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretVersionsListEntry;

import java.util.List;
import java.util.Map;

import static dev.rotor.emulator.it.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.1: the staging-label invariants. */
class StagingLabelInvariantsIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport();

    private final SecretsManagerClient sm = emulator.client();

    @Test
    void aLabelSitsOnAtMostOneVersion_attachingItTakesItFromTheFormerHolder() {
        String name = emulator.uniqueName("one-holder");
        sm.createSecret(r -> r.name(name).secretString("v0"));
        String v1 = sm.putSecretValue(r -> r.secretId(name).secretString("v1").versionStages("CUSTOM", "KEEP"))
                .versionId();
        String v2 = sm.putSecretValue(r -> r.secretId(name).secretString("v2").versionStages("CUSTOM")).versionId();

        Map<String, List<String>> stages = sm.describeSecret(r -> r.secretId(name)).versionIdsToStages();
        assertThat(stages.get(v2)).containsExactly("CUSTOM");
        assertThat(stages.get(v1)).containsExactly("KEEP");
    }

    @Test
    void aSecretWithVersionsHasAnAwsCurrentVersion_andOneWithoutValueHasNone() {
        String empty = emulator.uniqueName("empty");
        sm.createSecret(r -> r.name(empty));
        assertAwsError(() -> sm.getSecretValue(r -> r.secretId(empty)), "ResourceNotFoundException",
                "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT");
        assertThat(sm.describeSecret(r -> r.secretId(empty)).hasVersionIdsToStages()).isFalse();

        sm.putSecretValue(r -> r.secretId(empty).secretString("first").versionStages("SOMETHING"));
        assertThat(sm.getSecretValue(r -> r.secretId(empty)).secretString()).isEqualTo("first");
    }

    @Test
    void whenAwsCurrentMovesAwsPreviousMovesOntoTheFormerCurrent_andLeavesItsFormerHolder() {
        String name = emulator.uniqueName("previous");
        String v1 = sm.createSecret(r -> r.name(name).secretString("v1")).versionId();
        String v2 = sm.putSecretValue(r -> r.secretId(name).secretString("v2")).versionId();
        String v3 = sm.putSecretValue(r -> r.secretId(name).secretString("v3")).versionId();

        Map<String, List<String>> stages = sm.describeSecret(r -> r.secretId(name)).versionIdsToStages();
        assertThat(stages).containsOnlyKeys(v2, v3);
        assertThat(stages.get(v3)).containsExactly("AWSCURRENT");
        assertThat(stages.get(v2)).containsExactly("AWSPREVIOUS");
        assertThat(stages).doesNotContainKey(v1);
    }

    @Test
    void customLabelsStayOnTheirVersionWhenAwsCurrentLeavesIt() {
        String name = emulator.uniqueName("custom-stays");
        String v1 = sm.createSecret(r -> r.name(name).secretString("v1")).versionId();
        sm.updateSecretVersionStage(r -> r.secretId(name).versionStage("PUT0").moveToVersionId(v1));
        String v2 = sm.putSecretValue(r -> r.secretId(name).secretString("v2").versionStages("PUT1")).versionId();

        sm.updateSecretVersionStage(r -> r.secretId(name).versionStage("AWSCURRENT").moveToVersionId(v2)
                .removeFromVersionId(v1));

        Map<String, List<String>> stages = sm.describeSecret(r -> r.secretId(name)).versionIdsToStages();
        assertThat(stages.get(v1)).containsExactly("AWSPREVIOUS", "PUT0");
        assertThat(stages.get(v2)).containsExactly("AWSCURRENT", "PUT1");
    }

    @Test
    void aVersionWithNoLabelsIsDeprecated_hiddenFromListingsUnlessIncludeDeprecated_andReadableById() {
        String name = emulator.uniqueName("deprecated");
        String v1 = sm.createSecret(r -> r.name(name).secretString("v1")).versionId();
        sm.putSecretValue(r -> r.secretId(name).secretString("v2"));
        sm.putSecretValue(r -> r.secretId(name).secretString("v3"));

        assertThat(versionIds(sm.listSecretVersionIds(r -> r.secretId(name)))).doesNotContain(v1);
        ListSecretVersionIdsResponse all = sm.listSecretVersionIds(r -> r.secretId(name).includeDeprecated(true));
        SecretVersionsListEntry deprecated = all.versions().stream().filter(v -> v.versionId().equals(v1))
                .findFirst().orElseThrow();
        assertThat(deprecated.hasVersionStages()).as("deprecated entries carry no VersionStages key").isFalse();
        assertThat(sm.listSecrets(r -> r.filters(f -> f.key("name").values(name))).secretList().get(0)
                .secretVersionsToStages()).doesNotContainKey(v1);
        assertThat(sm.getSecretValue(r -> r.secretId(name).versionId(v1)).secretString()).isEqualTo("v1");
    }

    @Test
    void afterNormalUpdatesTheNewestIsCurrentTheOneBeforePreviousAndOlderOnesDeprecated() {
        String name = emulator.uniqueName("typical");
        sm.createSecret(r -> r.name(name).secretString("v1"));
        for (int i = 2; i <= 4; i++) {
            String value = "v" + i;
            sm.putSecretValue(r -> r.secretId(name).secretString(value));
        }
        ListSecretVersionIdsResponse all = sm.listSecretVersionIds(r -> r.secretId(name).includeDeprecated(true));
        assertThat(all.versions()).hasSize(4);
        assertThat(all.versions().stream().filter(SecretVersionsListEntry::hasVersionStages)
                .map(v -> v.versionStages().get(0))).containsExactlyInAnyOrder("AWSCURRENT", "AWSPREVIOUS");
    }

    @Test
    void aSecretHoldsAtMostTwentyStagingLabels() {
        String name = emulator.uniqueName("label-cap");
        String v1 = sm.createSecret(r -> r.name(name).secretString("v1")).versionId();
        for (int i = 0; i < 19; i++) {
            String label = "L" + i;
            sm.updateSecretVersionStage(r -> r.secretId(name).versionStage(label).moveToVersionId(v1));
        }
        assertAwsError(() -> sm.updateSecretVersionStage(r -> r.secretId(name).versionStage("ONE-TOO-MANY")
                .moveToVersionId(v1)), "LimitExceededException");
        assertThat(sm.describeSecret(r -> r.secretId(name)).versionIdsToStages().get(v1)).hasSize(20);
    }

    private static List<String> versionIds(ListSecretVersionIdsResponse response) {
        return response.versions().stream().map(SecretVersionsListEntry::versionId).toList();
    }
}
