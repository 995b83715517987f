package dev.rotor.emulator.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import static dev.rotor.emulator.it.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.6: moving and removing labels with UpdateSecretVersionStage. */
class UpdateSecretVersionStageIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport();

    private final SecretsManagerClient sm = emulator.client();

    @Test
    void movingALabelHeldElsewhereRequiresRemoveFromVersionId_withAwsMessage() {
        String name = emulator.uniqueName("need-remove");
        String v1 = sm.createSecret(r -> r.name(name).secretString("v1")).versionId();
        String v2 = sm.putSecretValue(r -> r.secretId(name).secretString("v2").versionStages("AWSPENDING")).versionId();
        assertAwsError(() -> sm.updateSecretVersionStage(r -> r.secretId(name).versionStage("AWSCURRENT")
                        .moveToVersionId(v2)), "InvalidParameterException",
                "The parameter RemoveFromVersionId can't be empty. Staging label AWSCURRENT is currently attached to"
                        + " version " + v1 + ", so you must explicitly reference that version in RemoveFromVersionId.");
        assertThat(sm.getSecretValue(r -> r.secretId(name)).versionId()).isEqualTo(v1);
    }

    @Test
    void removeFromVersionIdMustNameTheCurrentHolder() {
        String name = emulator.uniqueName("wrong-holder");
        String v1 = sm.createSecret(r -> r.name(name).secretString("v1")).versionId();
        String v2 = sm.putSecretValue(r -> r.secretId(name).secretString("v2").versionStages("X")).versionId();
        assertAwsError(() -> sm.updateSecretVersionStage(r -> r.secretId(name).versionStage("AWSCURRENT")
                .moveToVersionId(v2).removeFromVersionId(v2)), "InvalidParameterException");
        assertThat(sm.getSecretValue(r -> r.secretId(name)).versionId()).isEqualTo(v1);
    }

    @Test
    void aLabelAttachedNowhereNeedsOnlyMoveToVersionId_andJoinsTheVersionsLabels() {
        String name = emulator.uniqueName("attach");
        String v1 = sm.createSecret(r -> r.name(name).secretString("v1")).versionId();
        sm.updateSecretVersionStage(r -> r.secretId(name).versionStage("EXTRA").moveToVersionId(v1));
        assertThat(sm.describeSecret(r -> r.secretId(name)).versionIdsToStages().get(v1))
                .containsExactly("AWSCURRENT", "EXTRA");
    }

    @Test
    void removingACustomLabelLeavesTheOthers() {
        String name = emulator.uniqueName("remove");
        String v1 = sm.createSecret(r -> r.name(name).secretString("v1")).versionId();
        sm.updateSecretVersionStage(r -> r.secretId(name).versionStage("PENDING").moveToVersionId(v1));
        sm.updateSecretVersionStage(r -> r.secretId(name).versionStage("PENDING").removeFromVersionId(v1));
        assertThat(sm.describeSecret(r -> r.secretId(name)).versionIdsToStages().get(v1)).containsExactly("AWSCURRENT");
    }

    @Test
    void awsCurrentCannotBeRemovedWithoutMovingIt() {
        String name = emulator.uniqueName("keep-current");
        String v1 = sm.createSecret(r -> r.name(name).secretString("v1")).versionId();
        assertAwsError(() -> sm.updateSecretVersionStage(r -> r.secretId(name).versionStage("AWSCURRENT")
                .removeFromVersionId(v1)), "InvalidParameterException", "You can only move staging label AWSCURRENT"
                + " to a different secret version. It can\u2019t be completely removed.");
        assertThat(sm.getSecretValue(r -> r.secretId(name)).versionId()).isEqualTo(v1);
    }

    @Test
    void movingAwsCurrentOntoThePendingVersionKeepsAwsPendingThere_andGivesAwsPreviousToTheFormerCurrent() {
        String name = emulator.uniqueName("finish");
        String v1 = sm.createSecret(r -> r.name(name).secretString("v1")).versionId();
        String v2 = sm.putSecretValue(r -> r.secretId(name).secretString("v2").versionStages("AWSPENDING")).versionId();
        sm.updateSecretVersionStage(r -> r.secretId(name).versionStage("AWSCURRENT").moveToVersionId(v2)
                .removeFromVersionId(v1));
        var stages = sm.describeSecret(r -> r.secretId(name)).versionIdsToStages();
        assertThat(stages.get(v2)).containsExactly("AWSCURRENT", "AWSPENDING");
        assertThat(stages.get(v1)).containsExactly("AWSPREVIOUS");
    }

    @Test
    void aVersionLosingItsLastLabelBecomesDeprecated() {
        String name = emulator.uniqueName("lose-last");
        sm.createSecret(r -> r.name(name).secretString("v1"));
        String v2 = sm.putSecretValue(r -> r.secretId(name).secretString("v2").versionStages("ONLY")).versionId();
        sm.updateSecretVersionStage(r -> r.secretId(name).versionStage("ONLY").removeFromVersionId(v2));
        assertThat(sm.describeSecret(r -> r.secretId(name)).versionIdsToStages()).doesNotContainKey(v2);
        assertThat(sm.getSecretValue(r -> r.secretId(name).versionId(v2)).secretString()).isEqualTo("v2");
    }

    @Test
    void anUnknownVersionIsRejected() {
        String name = emulator.uniqueName("unknown");
        sm.createSecret(r -> r.name(name).secretString("v1"));
        String missing = EmulatorTestSupport.token();
        assertAwsError(() -> sm.updateSecretVersionStage(r -> r.secretId(name).versionStage("X")
                .moveToVersionId(missing)), "InvalidParameterException");
    }
}
