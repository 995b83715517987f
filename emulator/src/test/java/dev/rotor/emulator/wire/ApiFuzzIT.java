package dev.rotor.emulator.wire;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several thousand seeded hostile requests over every operation (see {@link HostileRequests}): a sweep of every
 * member with every value aimed at its kind, then random damage to members, bodies and headers. No 5xx, no stack
 * trace, no Java class name, every error AWS-shaped, no request content echoed, and the label rules intact afterwards
 * at every journal event. Replay or widen a run with {@code -Drotor.fuzz.seed=N -Drotor.fuzz.requests=N}.
 */
@ExtendWith(WireEmulatorExtension.class)
class ApiFuzzIT {
    private static final long SEED = Long.getLong("rotor.fuzz.seed", 20_261_203L);
    /** Random requests after the sweep (some 1,100 requests: every member with every value aimed at its kind). */
    private static final int RANDOM_REQUESTS = Integer.getInteger("rotor.fuzz.requests", 4_000);

    private final WireEmulator emulator;

    ApiFuzzIT(WireEmulator emulator) {
        this.emulator = emulator;
    }

    @Test
    void hostile_requests_get_aws_shaped_client_errors_without_echo_and_leave_the_label_rules_intact() {
        List<String> names = seedSecrets(emulator.client());
        long start = emulator.lastSequence();
        HostileRequests requests = new HostileRequests(SEED, new FuzzModel(names), emulator.endpoint().getPort());
        FuzzReport report = new FuzzReport(requests.canary());

        long began = System.nanoTime();
        for (HostileRequests.Hostile request : requests.sweep()) {
            report.record(request, RawHttp.exchange(emulator.endpoint().getPort(), request.bytes()));
        }
        for (int i = 0; i < RANDOM_REQUESTS; i++) {
            HostileRequests.Hostile request = requests.next();
            report.record(request, RawHttp.exchange(emulator.endpoint().getPort(), request.bytes()));
        }
        long seconds = (System.nanoTime() - began) / 1_000_000_000L;
        System.out.println("fuzz: seed=" + SEED + " " + report.figures() + " in " + seconds + "s");

        assertThat(report.failureCount()).as("%s%n%s", report.figures(), report.examples()).isZero();
        assertThat(emulator.get("/_rotor/health").status()).isEqualTo(200);
        assertLabelRulesHoldAtEveryEvent(start);
        assertLabelRulesHoldNow(emulator.client());
    }

    /** Secrets for the requests to aim at: with and without values, tagged, pending, scheduled for deletion. */
    private List<String> seedSecrets(SecretsManagerClient sm) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = "fuzz/seed-" + i;
            names.add(name);
            int n = i;
            sm.createSecret(r -> {
                r.name(name).tags(Tag.builder().key("team").value("fuzz").build());
                if (n % 4 != 3) {
                    r.secretString("value-" + n);
                }
            });
        }
        sm.putSecretValue(r -> r.secretId("fuzz/seed-1").secretString("pending").versionStages("AWSPENDING"));
        sm.deleteSecret(r -> r.secretId("fuzz/seed-2"));
        return names;
    }

    private void assertLabelRulesHoldAtEveryEvent(long after) {
        List<JsonNode> events = emulator.journal();
        int checked = 0;
        for (JsonNode event : events) {
            if (event.path("sequence").asLong() > after && event.path("stages").isObject()) {
                assertLabelRules(event.path("secretName").asText() + " at event " + event.path("sequence").asLong(),
                        stagesOf(event.path("stages")));
                checked++;
            }
        }
        System.out.println("fuzz: label rules checked at " + checked + " journal events");
    }

    private static Map<String, List<String>> stagesOf(JsonNode stages) {
        Map<String, List<String>> map = new HashMap<>();
        stages.properties().forEach(e -> {
            List<String> labels = new ArrayList<>();
            e.getValue().forEach(l -> labels.add(l.asText()));
            map.put(e.getKey(), labels);
        });
        return map;
    }

    private static void assertLabelRulesHoldNow(SecretsManagerClient sm) {
        for (SecretListEntry entry : sm.listSecretsPaginator(r -> r.includePlannedDeletion(true)).stream()
                .flatMap(page -> page.secretList().stream()).toList()) {
            Map<String, List<String>> stages = sm.describeSecret(r -> r.secretId(entry.arn())).versionIdsToStages();
            assertLabelRules(entry.name(), stages);
        }
    }

    /** Each label on at most one version; a secret with labelled versions has exactly one AWSCURRENT. */
    private static void assertLabelRules(String where, Map<String, List<String>> stages) {
        if (stages == null || stages.isEmpty()) {
            return;
        }
        Map<String, Integer> holders = new HashMap<>();
        stages.values().forEach(labels -> labels.forEach(l -> holders.merge(l, 1, Integer::sum)));
        assertThat(holders).as("%s: %s", where, stages).allSatisfy((label, count) -> assertThat(count).isEqualTo(1));
        assertThat(holders).as("%s: %s", where, stages).containsKey("AWSCURRENT");
    }
}
