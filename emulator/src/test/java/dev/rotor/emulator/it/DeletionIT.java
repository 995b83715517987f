package dev.rotor.emulator.it;

import dev.rotor.emulator.rotation.AdjustableClock;
import java.time.Clock;
import java.time.ZoneOffset;
import dev.rotor.emulator.EmulatorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.time.Duration;
import java.time.Instant;

import static dev.rotor.emulator.it.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.8: deletion, recovery and name reuse. */
class DeletionIT {
    private static final String MARKED = "You can't perform this operation on the secret because it was marked for deletion.";
    private static final AdjustableClock CLOCK =
            new AdjustableClock(Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));

    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport(EmulatorConfig.defaults().withClock(CLOCK));

    private final SecretsManagerClient sm = emulator.client();

    @Test
    void theDefaultRecoveryWindowIsThirtyDays() {
        String name = emulator.uniqueName("default-window");
        sm.createSecret(r -> r.name(name).secretString("v"));
        var deleted = sm.deleteSecret(r -> r.secretId(name));
        assertThat(deleted.deletionDate()).isEqualTo(CLOCK.instant().plus(Duration.ofDays(30)));
        assertThat(sm.describeSecret(r -> r.secretId(name)).deletedDate()).isEqualTo(deleted.deletionDate());
    }

    @Test
    void theRecoveryWindowMustBeSevenToThirtyDays_andCannotBeCombinedWithForce() {
        String name = emulator.uniqueName("window");
        sm.createSecret(r -> r.name(name).secretString("v"));
        assertAwsError(() -> sm.deleteSecret(r -> r.secretId(name).recoveryWindowInDays(6L)), "InvalidParameterException");
        assertAwsError(() -> sm.deleteSecret(r -> r.secretId(name).recoveryWindowInDays(31L)), "InvalidParameterException");
        assertAwsError(() -> sm.deleteSecret(r -> r.secretId(name).recoveryWindowInDays(7L)
                .forceDeleteWithoutRecovery(true)), "InvalidParameterException");
        assertThat(sm.describeSecret(r -> r.secretId(name)).deletedDate()).isNull();
    }

    @Test
    void whileScheduledEveryOperationButDescribeAndRestoreIsInvalidRequest() {
        String name = emulator.uniqueName("scheduled");
        String v1 = sm.createSecret(r -> r.name(name).secretString("v")).versionId();
        sm.deleteSecret(r -> r.secretId(name).recoveryWindowInDays(7L));

        assertAwsError(() -> sm.getSecretValue(r -> r.secretId(name)), "InvalidRequestException", MARKED);
        assertAwsError(() -> sm.putSecretValue(r -> r.secretId(name).secretString("x")), "InvalidRequestException", MARKED);
        assertAwsError(() -> sm.updateSecret(r -> r.secretId(name).description("x")), "InvalidRequestException", MARKED);
        assertAwsError(() -> sm.updateSecretVersionStage(r -> r.secretId(name).versionStage("X").moveToVersionId(v1)),
                "InvalidRequestException", MARKED);
        assertAwsError(() -> sm.tagResource(r -> r.secretId(name).tags(t -> t.key("k").value("v"))),
                "InvalidRequestException", MARKED);
        assertAwsError(() -> sm.untagResource(r -> r.secretId(name).tagKeys("k")), "InvalidRequestException", MARKED);
        assertAwsError(() -> sm.deleteSecret(r -> r.secretId(name)), "InvalidRequestException");
        assertThat(sm.describeSecret(r -> r.secretId(name)).deletedDate()).isNotNull();
    }

    @Test
    void aScheduledSecretIsHiddenFromListSecretsUnlessIncludePlannedDeletion() {
        String name = emulator.uniqueName("hidden");
        sm.createSecret(r -> r.name(name).secretString("v"));
        sm.deleteSecret(r -> r.secretId(name));
        assertThat(sm.listSecrets(r -> r.filters(f -> f.key("name").values(name))).secretList()).isEmpty();
        assertThat(sm.listSecrets(r -> r.filters(f -> f.key("name").values(name)).includePlannedDeletion(true))
                .secretList()).singleElement().satisfies(s -> assertThat(s.deletedDate()).isNotNull());
    }

    @Test
    void theNameOfAScheduledSecretCannotBeReused() {
        String name = emulator.uniqueName("reuse-blocked");
        sm.createSecret(r -> r.name(name).secretString("v"));
        sm.deleteSecret(r -> r.secretId(name));
        assertAwsError(() -> sm.createSecret(r -> r.name(name).secretString("again")), "InvalidRequestException",
                "You can't create this secret because a secret with this name is already scheduled for deletion.");
    }

    @Test
    void restoreMakesTheSecretAccessibleAgainWithItsVersions() {
        String name = emulator.uniqueName("restore");
        sm.createSecret(r -> r.name(name).secretString("v1"));
        sm.putSecretValue(r -> r.secretId(name).secretString("v2"));
        sm.deleteSecret(r -> r.secretId(name));
        var restored = sm.restoreSecret(r -> r.secretId(name));
        assertThat(restored.name()).isEqualTo(name);
        assertThat(sm.describeSecret(r -> r.secretId(name)).deletedDate()).isNull();
        assertThat(sm.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("v2");
        assertThat(sm.getSecretValue(r -> r.secretId(name).versionStage("AWSPREVIOUS")).secretString()).isEqualTo("v1");
    }

    @Test
    void forceDeleteOfAMissingSecretSucceedsAsIfItExisted() {
        var deleted = sm.deleteSecret(r -> r.secretId("never-existed-" + EmulatorTestSupport.token())
                .forceDeleteWithoutRecovery(true));
        assertThat(deleted.arn()).contains(":secret:never-existed-");
        assertThat(deleted.deletionDate()).isNotNull();
    }

    @Test
    void forceDeleteOfAScheduledSecretSucceeds_andTheNameGetsANewArnSuffix() {
        String name = emulator.uniqueName("force");
        String arn = sm.createSecret(r -> r.name(name).secretString("v")).arn();
        sm.deleteSecret(r -> r.secretId(name));
        sm.deleteSecret(r -> r.secretId(name).forceDeleteWithoutRecovery(true));
        assertAwsError(() -> sm.describeSecret(r -> r.secretId(name)), "ResourceNotFoundException");

        String again = sm.createSecret(r -> r.name(name).secretString("new")).arn();
        assertThat(again).isNotEqualTo(arn).startsWith(arn.substring(0, arn.length() - 6));
        assertAwsError(() -> sm.getSecretValue(r -> r.secretId(arn)), "ResourceNotFoundException");
    }

    @Test
    void afterTheRecoveryWindowTheSecretIsGone_andItsNameFree() {
        String name = emulator.uniqueName("expired");
        sm.createSecret(r -> r.name(name).secretString("v"));
        sm.deleteSecret(r -> r.secretId(name).recoveryWindowInDays(7L));
        CLOCK.advance(Duration.ofDays(8));
        assertAwsError(() -> sm.describeSecret(r -> r.secretId(name)), "ResourceNotFoundException");
        assertAwsError(() -> sm.restoreSecret(r -> r.secretId(name)), "ResourceNotFoundException");
        assertThat(sm.createSecret(r -> r.name(name).secretString("reborn")).name()).isEqualTo(name);
        assertThat(sm.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("reborn");
    }

}
