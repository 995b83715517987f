package dev.rotor.emulator.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rotor.emulator.EmulatorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The control plane under {@code /_rotor/}: health, reset and the journal. */
@ExtendWith(WireEmulatorExtension.class)
class ControlPlaneIT {
    private final WireEmulator emulator;

    ControlPlaneIT(WireEmulator emulator) {
        this.emulator = emulator;
    }

    @Test
    void health_reports_ok_and_a_version() {
        RawResponse health = emulator.get("/_rotor/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("ok");
        assertThat(health.json().path("version").asText()).isNotBlank();
    }

    @Test
    void reset_drops_every_secret_and_the_journal() {
        try (WireEmulator own = WireEmulator.start(EmulatorConfig.defaults())) {
            SecretsManagerClient sm = own.client();
            String name = own.uniqueName("reset");
            sm.createSecret(b -> b.name(name).secretString("before-reset"));
            assertThat(own.lastSequence()).isPositive();

            RawResponse reset = own.postControl("/_rotor/reset");

            assertThat(reset.status()).isEqualTo(200);
            assertThat(sm.listSecrets(b -> b.includePlannedDeletion(true)).secretList()).isEmpty();
            assertThatThrownBy(() -> sm.getSecretValue(b -> b.secretId(name))).isInstanceOf(ResourceNotFoundException.class);
            assertThat(own.journalAfter(0)).isEmpty();
            sm.createSecret(b -> b.name(name).secretString("after-reset"));
            assertThat(sm.getSecretValue(b -> b.secretId(name)).secretString()).isEqualTo("after-reset");
        }
    }

    @Test
    void the_journal_lists_a_secrets_changes_in_order_with_their_details() {
        SecretsManagerClient sm = emulator.client();
        long start = emulator.lastSequence();
        String name = emulator.uniqueName("journal");
        var created = sm.createSecret(b -> b.name(name).secretString("first"));
        String second = sm.putSecretValue(b -> b.secretId(name).secretString("second")).versionId();

        List<JsonNode> events = eventsOf(emulator.journalAfter(start), created.arn());

        assertThat(events).extracting(e -> e.path("type").asText())
                .containsSubsequence("SECRET_CREATED", "VERSION_CREATED", "LABEL_ATTACHED", "VERSION_CREATED", "LABEL_MOVED");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.path("sequence").asLong()).isGreaterThan(start);
            assertThat(Instant.parse(e.path("timestamp").asText())).isBeforeOrEqualTo(Instant.now());
            assertThat(e.path("secretArn").asText()).isEqualTo(created.arn());
        });
        assertThat(events).extracting(e -> e.path("sequence").asLong()).isSorted().doesNotHaveDuplicates();
        JsonNode moved = events.stream().filter(e -> e.path("type").asText().equals("LABEL_MOVED")).findFirst().orElseThrow();
        assertThat(moved.path("label").asText()).isEqualTo("AWSCURRENT");
        assertThat(moved.path("versionId").asText()).isEqualTo(second);
        assertThat(moved.path("fromVersionId").asText()).isEqualTo(created.versionId());
    }

    @Test
    void the_journal_never_carries_a_secret_value() {
        SecretsManagerClient sm = emulator.client();
        String name = emulator.uniqueName("no-values");
        String stringValue = "s3cr3t-" + java.util.UUID.randomUUID();
        String binaryValue = "b1n4ry-" + java.util.UUID.randomUUID();
        sm.createSecret(b -> b.name(name).secretString(stringValue));
        sm.putSecretValue(b -> b.secretId(name).secretBinary(software.amazon.awssdk.core.SdkBytes.fromUtf8String(binaryValue)));
        sm.updateSecret(b -> b.secretId(name).secretString(stringValue + "-updated").description("described"));

        String journal = emulator.get("/_rotor/journal?after=0").body();

        assertThat(journal).contains(name).doesNotContain(stringValue, binaryValue,
                java.util.Base64.getEncoder().encodeToString(binaryValue.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void after_returns_only_later_events() {
        SecretsManagerClient sm = emulator.client();
        sm.createSecret(b -> b.name(emulator.uniqueName("before")).secretString("x"));
        long mark = emulator.lastSequence();
        String later = emulator.uniqueName("later");
        sm.createSecret(b -> b.name(later).secretString("y"));

        JsonNode events = emulator.journalAfter(mark);

        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(e -> assertThat(e.path("sequence").asLong()).isGreaterThan(mark));
        assertThat(events).allSatisfy(e -> assertThat(e.path("secretName").asText()).isEqualTo(later));
        assertThat(emulator.journalAfter(emulator.lastSequence())).isEmpty();
    }

    @ParameterizedTest(name = "after={0}")
    @ValueSource(strings = {"abc", "-1", "1.5", "99999999999999999999"})
    void a_bad_after_gets_a_400_with_a_clear_json_message(String after) {
        RawResponse response = emulator.get("/_rotor/journal?after=" + after);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("message").asText()).contains("after").doesNotContain(after);
        assertThat(response.json().path("__type").asText()).isEqualTo("BadRequestException");
        assertThat(response.body()).doesNotContain("NumberFormat", "java.", "at dev.rotor");
    }

    private static List<JsonNode> eventsOf(JsonNode events, String arn) {
        List<JsonNode> mine = new ArrayList<>();
        events.forEach(e -> {
            if (arn.equals(e.path("secretArn").asText())) {
                mine.add(e);
            }
        });
        return mine;
    }
}
