package dev.rotor.emulator.rotation;

import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.lambda.Excerpt;
import dev.rotor.emulator.wire.WireEmulator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory stays flat over 1,000 rotations of a function that prints more than an invocation may keep at every step
 * (200 KB x 4 steps): what the emulator retains is measured on the heap after garbage collection every 100 rotations.
 * By rotation 200 the kept step texts have reached their budget; from then on only each rotation's metadata is added
 * (its journal events and its compacted record, both capped in number). Without bounds the heap grew by the logs of
 * every step kept, about 0.8 MB a rotation.
 */
class RetainedMemoryIT {
    private static final int ROTATIONS = Integer.getInteger("rotations", 1_000);
    private static final int CHECKPOINT_EVERY = 100;
    /** By then every budget of texts is full (16 MiB of step texts is about 64 rotations of this function). */
    private static final int STEADY_FROM = 200;
    /**
     * What one more rotation may add once the budgets are full: its journal events (each step's with a 1 KiB log
     * excerpt) and its compacted record. No text a function prints may be part of it.
     */
    private static final long METADATA_BYTES_PER_ROTATION = 16 * 1024;
    private static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:000000000000:function:noisy";

    @Test
    void the_heap_the_emulator_retains_stays_flat_over_1000_rotations_of_a_noisy_function() {
        assertThat(ROTATIONS).as("rotations to measure beyond the steady state").isGreaterThan(STEADY_FROM);
        List<Long> retained = new ArrayList<>();
        Emulator emulator = Emulator.start(EmulatorConfig.defaults()
                .withFunction(RotationFixtures.function("noisy", "NoisyRotation",
                        Map.of("NOISE_KB", System.getProperty("noise", "200"))))
                .withRotation(RotationSettings.defaults().withSynchronous(true)));
        try (SecretsManagerClient sm = WireEmulator.newClient(emulator.endpoint())) {
            String arn = sm.createSecret(b -> b.name("memory/noisy").secretString("v0")).arn();
            for (int i = 1; i <= ROTATIONS; i++) {
                String token = sm.rotateSecret(b -> b.secretId(arn).rotationLambdaARN(FUNCTION_ARN)).versionId();
                assertThat(emulator.admin().rotation(token).orElseThrow().status()).as("rotation %d", i)
                        .isEqualTo(RotationRecord.Status.SUCCEEDED);
                if (i % 50 == 0) {
                    emulator.admin().advanceClock(Duration.ofHours(25)); // versions older than a day may be pruned
                }
                if (i % CHECKPOINT_EVERY == 0) {
                    retained.add(retainedHeapBytes());
                }
            }
            System.out.println("retained heap every " + CHECKPOINT_EVERY + " rotations (MiB): " + mebibytes(retained));
            assertGrowthIsMetadataOnly(retained);

            List<RotationRecord> rotations = emulator.admin().rotations(arn);
            for (StepRecord step : rotations.get(rotations.size() - 1).steps()) {
                String logs = step.logs();
                assertThat(logs.length()).as("kept log of the newest %s", step.step()).isLessThan(70 * 1024);
                assertThat(logs.contains("[rotor: output truncated, ")).as("truncation shown").isTrue();
                assertThat(Excerpt.of(logs, 200)).as("head and tail kept")
                        .contains("noisy step " + step.step().wireName() + " begins",
                                "noisy step " + step.step().wireName() + " ends");
            }
            assertThat(rotations.get(0).steps()).extracting(StepRecord::logs)
                    .containsOnly(RotationTracker.LOGS_DROPPED);
        } finally {
            emulator.stop();
        }
    }

    /** From {@link #STEADY_FROM} on, each checkpoint is above it by at most the metadata of the rotations between. */
    private static void assertGrowthIsMetadataOnly(List<Long> retained) {
        int steady = STEADY_FROM / CHECKPOINT_EVERY - 1;
        for (int i = steady + 1; i < retained.size(); i++) {
            long rotations = (long) (i - steady) * CHECKPOINT_EVERY;
            assertThat(retained.get(i) - retained.get(steady))
                    .as("growth over the %d rotations after rotation %d (MiB every %d: %s)", rotations, STEADY_FROM,
                            CHECKPOINT_EVERY, mebibytes(retained))
                    .isLessThan(rotations * METADATA_BYTES_PER_ROTATION);
        }
    }

    private static List<String> mebibytes(List<Long> bytes) {
        return bytes.stream().map(b -> String.format(Locale.ROOT, "%.1f", b / 1048576.0)).toList();
    }

    /** The heap in use after a full collection: what is retained. */
    private static long retainedHeapBytes() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
