package dev.rotor.emulator.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretVersionsListEntry;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Everything the emulator acknowledged on a data directory survives SIGKILL of its JVM: values, versions, labels,
 * tags, deletion schedules and the journal.
 */
class DurabilityIT {
    private static final int SECRETS = 12;
    private static final int SIGKILL_EXIT = 128 + 9;

    private final ObjectMapper json = new ObjectMapper();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    /** What the test wrote and was told succeeded, for one secret. */
    record Acknowledged(String name, String arn, Map<String, String> values, Map<String, List<String>> stages,
                        List<Tag> tags, Instant deletionDate) {
    }

    @Test
    void everything_acknowledged_before_kill_nine_is_there_after_a_restart(@TempDir Path dataDir) throws Exception {
        List<Acknowledged> written = new ArrayList<>();
        String forceDeleted;
        JsonNode journalBefore;
        try (ChildEmulator child = ChildEmulator.start(dataDir); SecretsManagerClient sm = WireEmulator.newClient(child.endpoint())) {
            for (int i = 0; i < SECRETS; i++) {
                written.add(writeSecret(sm, i));
            }
            forceDeleted = "durable-" + run + "/force-deleted";
            sm.createSecret(b -> b.name(forceDeleted).secretString("gone"));
            sm.deleteSecret(b -> b.secretId(forceDeleted).forceDeleteWithoutRecovery(true));
            journalBefore = journal(child.endpoint());

            assertThat(child.killNine()).as("exit status of a SIGKILLed JVM").isEqualTo(SIGKILL_EXIT);
        }

        try (ChildEmulator child = ChildEmulator.start(dataDir); SecretsManagerClient sm = WireEmulator.newClient(child.endpoint())) {
            JsonNode journalAfter = journal(child.endpoint());
            assertThat(journalAfter.path("lastSequence").asLong()).as("journal end after restart")
                    .isEqualTo(journalBefore.path("lastSequence").asLong());
            assertThat(journalAfter).isEqualTo(journalBefore);
            for (Acknowledged expected : written) {
                assertSurvived(sm, expected);
            }
            assertThatThrownBy(() -> sm.describeSecret(b -> b.secretId(forceDeleted)))
                    .isInstanceOf(ResourceNotFoundException.class);

            long lastBefore = journalBefore.path("lastSequence").asLong();
            sm.createSecret(b -> b.name("durable-" + run + "/after-restart").secretString("new"));
            JsonNode newer = journal(child.endpoint(), lastBefore);
            assertThat(newer.path("events")).isNotEmpty();
            assertThat(newer.path("events").get(0).path("sequence").asLong()).isGreaterThan(lastBefore);
        }
    }

    @Test
    void every_put_acknowledged_while_the_jvm_is_killed_mid_stream_survives(@TempDir Path dataDir) throws Exception {
        String name = "durable-" + run + "/stream";
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        String inFlight;
        try (ChildEmulator child = ChildEmulator.start(dataDir); SecretsManagerClient sm = WireEmulator.newClient(child.endpoint())) {
            sm.createSecret(b -> b.name(name).secretString("v0"));
            AtomicBoolean stop = new AtomicBoolean();
            String[] lastTried = new String[1];
            CountDownLatch fortyAcknowledged = new CountDownLatch(40);
            Thread writer = new Thread(() -> {
                for (int i = 1; !stop.get() && i < 5_000; i++) {
                    String token = UUID.randomUUID().toString();
                    String value = "v" + i;
                    lastTried[0] = token;
                    try {
                        sm.putSecretValue(b -> b.secretId(name).clientRequestToken(token).secretString(value));
                        acknowledged.put(token, value);
                        fortyAcknowledged.countDown();
                    } catch (RuntimeException killed) {
                        return;
                    }
                }
            }, "durability-writer");
            writer.start();
            assertThat(fortyAcknowledged.await(60, TimeUnit.SECONDS)).as("40 writes acknowledged").isTrue();
            assertThat(child.killNine()).isEqualTo(SIGKILL_EXIT);
            stop.set(true);
            writer.join(TimeUnit.SECONDS.toMillis(60));
            assertThat(writer.isAlive()).isFalse();
            inFlight = lastTried[0];
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);

        try (ChildEmulator child = ChildEmulator.start(dataDir); SecretsManagerClient sm = WireEmulator.newClient(child.endpoint())) {
            List<String> versions = sm.listSecretVersionIds(b -> b.secretId(name).includeDeprecated(true).maxResults(100))
                    .versions().stream().map(SecretVersionsListEntry::versionId).toList();
            List<String> missing = acknowledged.keySet().stream()
                    .filter(token -> !versions.contains(token)).toList();
            assertThat(missing).as("acknowledged versions lost by kill -9").isEmpty();
            for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
                assertThat(sm.getSecretValue(b -> b.secretId(name).versionId(ack.getKey())).secretString())
                        .isEqualTo(ack.getValue());
            }
            String current = sm.getSecretValue(b -> b.secretId(name)).versionId();
            assertThat(acknowledged.containsKey(current) || current.equals(inFlight))
                    .as("AWSCURRENT %s is an acknowledged or the in-flight version", current).isTrue();
        }
    }

    private Acknowledged writeSecret(SecretsManagerClient sm, int i) {
        String name = "durable-" + run + "/secret-" + i;
        Map<String, String> values = new HashMap<>();
        String first = UUID.randomUUID().toString();
        String arn = sm.createSecret(b -> b.name(name).clientRequestToken(first).secretString("value-" + i + "-a")
                .tags(Tag.builder().key("index").value(String.valueOf(i)).build())).arn();
        values.put(first, "value-" + i + "-a");
        String second = UUID.randomUUID().toString();
        sm.putSecretValue(b -> b.secretId(name).clientRequestToken(second).secretString("value-" + i + "-b"));
        values.put(second, "value-" + i + "-b");
        String third = UUID.randomUUID().toString();
        sm.putSecretValue(b -> b.secretId(name).clientRequestToken(third)
                .secretBinary(SdkBytes.fromByteArray(new byte[] {0, (byte) i, (byte) 0xff}))
                .versionStages("CANARY"));
        values.put(third, "binary");
        if (i % 3 == 1) {
            sm.updateSecretVersionStage(b -> b.secretId(name).versionStage("CANARY").moveToVersionId(first)
                    .removeFromVersionId(third));
        }
        sm.tagResource(b -> b.secretId(name).tags(Tag.builder().key("team").value("wire-" + i).build()));
        if (i % 4 == 2) {
            sm.deleteSecret(b -> b.secretId(name).recoveryWindowInDays(7L + i));
        }
        DescribeSecretResponse described = sm.describeSecret(b -> b.secretId(name));
        return new Acknowledged(name, arn, values, described.versionIdsToStages(), described.tags(),
                described.deletedDate());
    }

    private void assertSurvived(SecretsManagerClient sm, Acknowledged expected) {
        DescribeSecretResponse described = sm.describeSecret(b -> b.secretId(expected.name()));
        assertThat(described.arn()).isEqualTo(expected.arn());
        assertThat(described.versionIdsToStages()).isEqualTo(expected.stages());
        assertThat(described.tags()).isEqualTo(expected.tags());
        assertThat(described.deletedDate()).isEqualTo(expected.deletionDate());
        if (expected.deletionDate() != null) {
            sm.restoreSecret(b -> b.secretId(expected.name()));
        }
        List<SecretVersionsListEntry> versions = sm.listSecretVersionIds(b -> b.secretId(expected.name())
                .includeDeprecated(true)).versions();
        assertThat(versions.stream().map(SecretVersionsListEntry::versionId).collect(Collectors.toSet()))
                .isEqualTo(expected.values().keySet());
        for (Map.Entry<String, String> version : expected.values().entrySet()) {
            GetSecretValueResponse value = sm.getSecretValue(b -> b.secretId(expected.name()).versionId(version.getKey()));
            if (version.getValue().equals("binary")) {
                assertThat(value.secretBinary().asByteArray()).hasSize(3).startsWith(0);
            } else {
                assertThat(value.secretString()).isEqualTo(version.getValue());
            }
        }
    }

    private JsonNode journal(URI endpoint) throws IOException, InterruptedException {
        return journal(endpoint, 0);
    }

    private JsonNode journal(URI endpoint, long after) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                endpoint.resolve("/_rotor/journal?after=" + after)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
