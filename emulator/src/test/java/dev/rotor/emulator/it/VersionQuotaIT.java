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

/** Spec 3.1.4: deprecated versions are pruned past 100 once a day old; the version quota gives LimitExceeded. */
class VersionQuotaIT {
    private static final AdjustableClock CLOCK =
            new AdjustableClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport(EmulatorConfig.defaults().withClock(CLOCK));

    private final SecretsManagerClient sm = emulator.client();

    @Test
    void versionsYoungerThanADayAreKept_andTheQuotaRejectsMoreWithLimitExceeded() {
        String name = emulator.uniqueName("quota");
        sm.createSecret(r -> r.name(name).secretString("v0"));
        for (int i = 1; i < 100; i++) {
            String value = "v" + i;
            sm.putSecretValue(r -> r.secretId(name).secretString(value));
        }
        assertAwsError(() -> sm.putSecretValue(r -> r.secretId(name).secretString("too many")),
                "LimitExceededException");
        assertThat(sm.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("v99");
    }

    @Test
    void deprecatedVersionsOlderThanADayArePrunedBeyondTheNewestHundred() {
        String name = emulator.uniqueName("prune");
        String first = sm.createSecret(r -> r.name(name).secretString("v0")).versionId();
        for (int i = 1; i < 100; i++) {
            String value = "v" + i;
            sm.putSecretValue(r -> r.secretId(name).secretString(value));
        }
        CLOCK.advance(Duration.ofHours(25));

        sm.putSecretValue(r -> r.secretId(name).secretString("v100"));

        var versions = sm.listSecretVersionIds(r -> r.secretId(name).includeDeprecated(true)).versions();
        assertThat(versions).hasSize(100);
        assertThat(versions).noneMatch(v -> v.versionId().equals(first));
    }
}
