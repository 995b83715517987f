package dev.rotor.emulator.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rotor.emulator.EmulatorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.InvalidParameterException;
import software.amazon.awssdk.services.secretsmanager.model.LimitExceededException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.secretsmanager.model.SecretVersionsListEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients at once against one secret: no acknowledged write is lost, the staging-label rules hold in the end and
 * at every journal event, and the journal's order is strict.
 */
@ExtendWith(WireEmulatorExtension.class)
class ConcurrencyIT {
    private static final int THREADS = 8;
    private static final int PUTS_PER_THREAD = 25;

    private final WireEmulator emulator;

    ConcurrencyIT(WireEmulator emulator) {
        this.emulator = emulator;
    }

    @Test
    void concurrent_puts_lose_no_version_and_leave_one_current_and_one_previous() throws Exception {
        try (WireEmulator roomy = WireEmulator.start(EmulatorConfig.defaults().withMaxVersionsPerSecret(1_000))) {
            SecretsManagerClient sm = roomy.client();
            String name = roomy.uniqueName("puts");
            String first = sm.createSecret(b -> b.name(name).secretString("v0")).versionId();
            Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
            Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

            race(THREADS, thread -> {
                for (int i = 0; i < PUTS_PER_THREAD; i++) {
                    String value = "t" + thread + "-" + i;
                    try {
                        acknowledged.add(sm.putSecretValue(b -> b.secretId(name).secretString(value)).versionId());
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            });

            assertThat(failures).isEmpty();
            assertThat(acknowledged).hasSize(THREADS * PUTS_PER_THREAD).doesNotHaveDuplicates();
            List<SecretVersionsListEntry> all = allVersions(sm, name);
            assertThat(all.stream().map(SecretVersionsListEntry::versionId))
                    .containsAll(acknowledged).contains(first).hasSize(THREADS * PUTS_PER_THREAD + 1);
            assertThat(holders(all, "AWSCURRENT")).hasSize(1);
            assertThat(holders(all, "AWSPREVIOUS")).hasSize(1);
            assertLabelRulesHoldAtEveryEvent(roomy);
        }
    }

    @Test
    void concurrent_puts_past_the_version_quota_fail_only_with_limit_exceeded_and_keep_the_cap() throws Exception {
        SecretsManagerClient sm = emulator.client();
        String name = emulator.uniqueName("quota");
        sm.createSecret(b -> b.name(name).secretString("v0"));
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

        race(THREADS, thread -> {
            for (int i = 0; i < PUTS_PER_THREAD; i++) {
                String value = "t" + thread + "-" + i;
                try {
                    acknowledged.add(sm.putSecretValue(b -> b.secretId(name).secretString(value)).versionId());
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        });

        assertThat(failures).allSatisfy(e -> assertThat(e).isInstanceOf(LimitExceededException.class));
        assertThat(acknowledged.size() + failures.size()).isEqualTo(THREADS * PUTS_PER_THREAD);
        List<SecretVersionsListEntry> all = allVersions(sm, name);
        assertThat(all).hasSize(100);
        assertThat(all.stream().map(SecretVersionsListEntry::versionId)).containsAll(acknowledged);
        assertThat(holders(all, "AWSCURRENT")).hasSize(1);
    }

    @Test
    void racing_label_moves_never_leave_a_label_on_two_versions() throws Exception {
        SecretsManagerClient sm = emulator.client();
        String name = emulator.uniqueName("moves");
        sm.createSecret(b -> b.name(name).secretString("v0"));
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String stage = "OWN" + i;
            versions.add(sm.putSecretValue(b -> b.secretId(name).secretString("own-" + stage).versionStages(stage)).versionId());
        }
        sm.updateSecretVersionStage(b -> b.secretId(name).versionStage("RACE").moveToVersionId(versions.get(0)));
        Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        Queue<String> moves = new ConcurrentLinkedQueue<>();

        race(THREADS, thread -> {
            String mine = versions.get(thread);
            for (int i = 0; i < 10; i++) {
                for (String label : List.of("RACE", "AWSCURRENT")) {
                    String holder = holderOf(sm, name, label);
                    try {
                        sm.updateSecretVersionStage(b -> b.secretId(name).versionStage(label).moveToVersionId(mine)
                                .removeFromVersionId(holder));
                        moves.add(label + "->" + mine);
                    } catch (InvalidParameterException lostTheRace) {
                        // expected: someone else moved the label after we looked
                    } catch (RuntimeException e) {
                        unexpected.add(e);
                    }
                }
            }
        });

        assertThat(unexpected).isEmpty();
        assertThat(moves).isNotEmpty();
        Map<String, List<String>> stages = sm.describeSecret(b -> b.secretId(name)).versionIdsToStages();
        assertThat(versionsWith(stages, "RACE")).hasSize(1);
        assertThat(versionsWith(stages, "AWSCURRENT")).hasSize(1);
        assertThat(versionsWith(stages, "AWSPREVIOUS")).hasSizeLessThanOrEqualTo(1);
        assertLabelRulesHoldAtEveryEvent(emulator);
    }

    @Test
    void racing_creates_of_one_name_make_exactly_one_secret() throws Exception {
        SecretsManagerClient sm = emulator.client();
        String name = emulator.uniqueName("create-race");
        Queue<String> created = new ConcurrentLinkedQueue<>();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

        race(THREADS, thread -> {
            try {
                created.add(sm.createSecret(b -> b.name(name).secretString("from-" + thread)).arn());
            } catch (RuntimeException e) {
                failures.add(e);
            }
        });

        assertThat(created).hasSize(1);
        assertThat(failures).hasSize(THREADS - 1)
                .allSatisfy(e -> assertThat(e).isInstanceOf(ResourceExistsException.class));
        assertThat(sm.listSecretVersionIds(b -> b.secretId(name).includeDeprecated(true)).versions()).hasSize(1);
    }

    @Test
    void racing_retries_of_one_token_make_exactly_one_version() throws Exception {
        SecretsManagerClient sm = emulator.client();
        String name = emulator.uniqueName("token-race");
        sm.createSecret(b -> b.name(name).secretString("v0"));
        String token = UUID.randomUUID().toString();
        Queue<String> answers = new ConcurrentLinkedQueue<>();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

        race(THREADS, thread -> {
            try {
                answers.add(sm.putSecretValue(b -> b.secretId(name).clientRequestToken(token).secretString("same"))
                        .versionId());
            } catch (RuntimeException e) {
                failures.add(e);
            }
        });

        assertThat(failures).isEmpty();
        assertThat(answers).hasSize(THREADS).containsOnly(token);
        assertThat(sm.listSecretVersionIds(b -> b.secretId(name).includeDeprecated(true)).versions()).hasSize(2);
    }

    /** Runs {@code work(thread)} on {@code threads} threads released together; fails on any thread's error. */
    private static void race(int threads, IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    work.accept(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(90, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String holderOf(SecretsManagerClient sm, String name, String label) {
        return versionsWith(sm.describeSecret(b -> b.secretId(name)).versionIdsToStages(), label).stream()
                .findFirst().orElse(null);
    }

    private static List<SecretVersionsListEntry> allVersions(SecretsManagerClient sm, String name) {
        return sm.listSecretVersionIdsPaginator(b -> b.secretId(name).includeDeprecated(true).maxResults(50))
                .stream().flatMap(page -> page.versions().stream()).toList();
    }

    private static List<String> holders(List<SecretVersionsListEntry> versions, String label) {
        return versions.stream().filter(v -> v.versionStages().contains(label))
                .map(SecretVersionsListEntry::versionId).toList();
    }

    private static List<String> versionsWith(Map<String, List<String>> stages, String label) {
        return stages.entrySet().stream().filter(e -> e.getValue().contains(label)).map(Map.Entry::getKey).toList();
    }

    /** Sequence numbers strictly increase, and every event's stage map puts each label on one version at most. */
    private static void assertLabelRulesHoldAtEveryEvent(WireEmulator emulator) {
        List<JsonNode> events = emulator.journal();
        assertThat(events).isNotEmpty();
        long previous = 0;
        for (JsonNode event : events) {
            long sequence = event.path("sequence").asLong();
            assertThat(sequence).as("sequence after %d", previous).isGreaterThan(previous);
            previous = sequence;
            JsonNode stages = event.path("stages");
            if (stages.isMissingNode() || stages.isEmpty()) {
                continue;
            }
            Map<String, Set<String>> holders = new HashMap<>();
            stages.properties().forEach(version -> version.getValue().forEach(label ->
                    holders.computeIfAbsent(label.asText(), l -> new java.util.HashSet<>()).add(version.getKey())));
            assertThat(holders).as("event %d: %s", sequence, event)
                    .allSatisfy((label, versions) -> assertThat(versions).as(label).hasSize(1));
            assertThat(holders).as("event %d has an AWSCURRENT: %s", sequence, event).containsKey("AWSCURRENT");
        }
    }
}
