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

/** Spec 3.5: GetSecretValue lookups, errors and access dates. */
class GetSecretValueIT {
    private static final AdjustableClock CLOCK =
            new AdjustableClock(Clock.fixed(Instant.parse("2026-03-04T15:16:17.123Z"), ZoneOffset.UTC));

    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport(EmulatorConfig.defaults().withClock(CLOCK));

    private final SecretsManagerClient sm = emulator.client();

    @Test
    void withNeitherVersionIdNorStageItReturnsAwsCurrent_withTheVersionsCreatedDate() {
        String name = emulator.uniqueName("current");
        sm.createSecret(r -> r.name(name).secretString("v1"));
        CLOCK.advance(Duration.ofSeconds(10));
        String v2 = sm.putSecretValue(r -> r.secretId(name).secretString("v2")).versionId();
        var read = sm.getSecretValue(r -> r.secretId(name));
        assertThat(read.versionId()).isEqualTo(v2);
        assertThat(read.versionStages()).containsExactly("AWSCURRENT");
        assertThat(read.createdDate()).isEqualTo(CLOCK.instant());
        assertThat(sm.getSecretValue(r -> r.secretId(name).versionStage("AWSPREVIOUS")).secretString()).isEqualTo("v1");
    }

    @Test
    void versionIdAndStageMustPointAtTheSameVersion() {
        String name = emulator.uniqueName("disagree");
        String v1 = sm.createSecret(r -> r.name(name).secretString("v1")).versionId();
        sm.putSecretValue(r -> r.secretId(name).secretString("v2"));
        assertAwsError(() -> sm.getSecretValue(r -> r.secretId(name).versionId(v1).versionStage("AWSCURRENT")),
                "InvalidRequestException", "You provided a VersionStage that is not associated to the provided VersionId.");
        assertThat(sm.getSecretValue(r -> r.secretId(name).versionId(v1).versionStage("AWSPREVIOUS")).secretString())
                .isEqualTo("v1");
    }

    @Test
    void anUnknownVersionIdIsResourceNotFoundNamingTheVersion() {
        String name = emulator.uniqueName("unknown-version");
        sm.createSecret(r -> r.name(name).secretString("v1"));
        String missing = EmulatorTestSupport.token();
        assertAwsError(() -> sm.getSecretValue(r -> r.secretId(name).versionId(missing)), "ResourceNotFoundException",
                "Secrets Manager can't find the specified secret value for VersionId: " + missing);
    }

    @Test
    void aLabelOnNoVersionIsResourceNotFoundNamingTheLabel() {
        String name = emulator.uniqueName("unknown-label");
        sm.createSecret(r -> r.name(name).secretString("v1"));
        assertAwsError(() -> sm.getSecretValue(r -> r.secretId(name).versionStage("AWSPENDING")),
                "ResourceNotFoundException", "Secrets Manager can't find the specified secret value for staging label: AWSPENDING");
        assertAwsError(() -> sm.getSecretValue(r -> r.secretId(name).versionStage("AWSPREVIOUS")),
                "ResourceNotFoundException", "Secrets Manager can't find the specified secret value for staging label: AWSPREVIOUS");
    }

    @Test
    void anUnknownSecretIsResourceNotFound() {
        assertAwsError(() -> sm.getSecretValue(r -> r.secretId("no-such-secret")), "ResourceNotFoundException",
                "Secrets Manager can't find the specified secret.");
    }

    @Test
    void aReadSetsLastAccessedDateToMidnightUtc_andDescribeDoesNotCountAsAccess() {
        String name = emulator.uniqueName("accessed");
        sm.createSecret(r -> r.name(name).secretString("v1"));
        sm.describeSecret(r -> r.secretId(name));
        assertThat(sm.describeSecret(r -> r.secretId(name)).lastAccessedDate()).isNull();

        sm.getSecretValue(r -> r.secretId(name));

        Instant midnight = CLOCK.instant().truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        assertThat(sm.describeSecret(r -> r.secretId(name)).lastAccessedDate()).isEqualTo(midnight);
        assertThat(sm.listSecretVersionIds(r -> r.secretId(name)).versions().get(0).lastAccessedDate())
                .isEqualTo(midnight);
    }
}
