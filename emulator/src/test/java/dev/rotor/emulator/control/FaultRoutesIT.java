package dev.rotor.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.it.EmulatorTestSupport;
import dev.rotor.emulator.proxy.EchoServer;
import dev.rotor.emulator.rotation.RotationFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** /_rotor/faults and /_rotor/proxies over HTTP: every kind in the scenario's spelling, counts, clear 400s. */
class FaultRoutesIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport();

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private record Reply(int status, JsonNode json) {
    }

    private Reply send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(emulator.emulator().endpoint().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body().isEmpty() ? null : JSON.readTree(response.body()));
    }

    private String secret() {
        String name = emulator.uniqueName("routes");
        emulator.client().createSecret(r -> r.name(name).secretString("v1"));
        return name;
    }

    private Reply arm(String secret, String fields) throws Exception {
        return send("POST", "/_rotor/faults", "{\"secret\":\"" + secret + "\"," + fields + "}");
    }

    private static String query(String secret) {
        return URLEncoder.encode(secret, StandardCharsets.UTF_8);
    }

    @Test
    void everyKindIsArmedInTheScenariosSpelling_andListedWithItsCounts() throws Exception {
        String secret = secret();
        String arn = emulator.client().describeSecret(r -> r.secretId(secret)).arn();
        try (EchoServer database = new EchoServer()) {
            Reply noProxyYet = arm(secret, "\"database\":\"refuse\",\"during\":\"setSecret\"");
            Reply proxy = send("POST", "/_rotor/proxies", "{\"secret\":\"" + secret + "\",\"targetHost\":\"127.0.0.1\","
                    + "\"targetPort\":" + database.port() + "}");

            Reply[] armed = {
                    arm(secret, "\"step\":\"setSecret\",\"times\":2"),
                    arm(secret, "\"lambda\":\"lose-response\",\"during\":\"setSecret\""),
                    arm(secret, "\"lambda\":\"crash\",\"during\":\"testSecret\",\"after\":\"100ms\""),
                    arm(secret, "\"api\":\"ThrottlingException\",\"operation\":\"PutSecretValue\",\"times\":2"),
                    arm(secret, "\"api\":\"slow\",\"operation\":\"GetSecretValue\",\"delay\":\"2s\""),
                    arm(secret, "\"database\":\"latency\",\"latency\":\"300ms\""),
                    arm(secret, "\"race\":\"put-value\",\"after\":\"setSecret\"")};
            Reply listed = send("GET", "/_rotor/faults?secret=" + query(secret), null);
            Reply closed = send("DELETE", "/_rotor/proxies?secret=" + query(secret), null);
            Reply closedAgain = send("DELETE", "/_rotor/proxies?secret=" + query(secret), null);

            assertThat(noProxyYet.status()).isEqualTo(400);
            assertThat(noProxyYet.json().get("message").asText()).contains("/_rotor/proxies");
            assertThat(proxy.status()).isEqualTo(201);
            assertThat(proxy.json().get("secretArn").asText()).isEqualTo(arn);
            assertThat(proxy.json().get("host").asText()).isEqualTo("127.0.0.1");
            assertThat(proxy.json().get("targetPort").asInt()).isEqualTo(database.port());
            for (Reply reply : armed) {
                assertThat(reply.status()).as(String.valueOf(reply.json())).isEqualTo(200);
                assertThat(reply.json().get("secret").asText()).isEqualTo(arn);
                assertThat(reply.json().get("fired").asInt()).isZero();
            }
            assertThat(armed[0].json().toString()).isEqualTo("{\"secret\":\"" + arn + "\",\"lambda\":\"cannot-run\","
                    + "\"during\":\"setSecret\",\"times\":2,\"fired\":0,\"remaining\":2}");
            assertThat(armed[2].json().get("after").asText()).isEqualTo("100ms");
            assertThat(armed[3].json().get("api").asText()).isEqualTo("ThrottlingException");
            assertThat(armed[4].json().get("delay").asText()).isEqualTo("2s");
            assertThat(armed[5].json().get("latency").asText()).isEqualTo("300ms");
            assertThat(armed[6].json().get("race").asText()).isEqualTo("put-value");
            assertThat(listed.json().get("faults")).hasSize(7);
            assertThat(listed.json().at("/faults/3/remaining").asInt()).isEqualTo(2);
            assertThat(closed.status()).isEqualTo(204);
            assertThat(closedAgain.status()).isEqualTo(404);
        }
    }

    @Test
    void aFaultFiredDuringARotationShowsItsCount_andResetClearsThem() throws Exception {
        String secret = secret();
        String function = emulator.emulator().admin().registerFunction(RotationFixtures.service(
                emulator.uniqueName("fn"))).arn();
        arm(secret, "\"lambda\":\"lose-response\",\"during\":\"finishSecret\"");

        String token = emulator.client().rotateSecret(r -> r.secretId(secret).rotationLambdaARN(function)).versionId();
        Reply rotation = send("GET", "/_rotor/rotations/" + token + "/wait?timeout=60s", null);
        Reply listed = send("GET", "/_rotor/faults", null);
        send("POST", "/_rotor/reset", null);
        Reply afterReset = send("GET", "/_rotor/faults", null);

        assertThat(rotation.json().at("/steps/3/outcome").asText()).isEqualTo("TIMED_OUT");
        assertThat(listed.json().get("faults")).anySatisfy(f -> {
            assertThat(f.get("lambda").asText()).isEqualTo("lose-response");
            assertThat(f.get("fired").asInt()).isEqualTo(1);
            assertThat(f.get("remaining").asInt()).isZero();
        });
        assertThat(afterReset.json().get("faults")).isEmpty();
    }

    @Test
    void badFaultsAre400sThatNameTheFieldAndListWhatIsAllowedWithoutEchoingTheValue() throws Exception {
        String secret = secret();
        Reply unknownKind = arm(secret, "\"lambda\":\"EVIL-VALUE-1\"");
        Reply misspeltStep = arm(secret, "\"lambda\":\"lose-response\",\"during\":\"EVIL-VALUE-2\"");
        Reply afterOnLost = arm(secret, "\"lambda\":\"lose-response\",\"after\":\"100ms\"");
        Reply noLayer = arm(secret, "\"during\":\"setSecret\"");
        Reply unknownOperation = arm(secret, "\"api\":\"ThrottlingException\",\"operation\":\"EVIL-VALUE-3\"");
        Reply badDuration = arm(secret, "\"api\":\"slow\",\"operation\":\"GetSecretValue\",\"delay\":\"EVIL-VALUE-4\"");
        Reply noSecret = send("POST", "/_rotor/faults", "{\"lambda\":\"lose-response\"}");
        Reply unknownSecret = arm("no-such-secret", "\"lambda\":\"lose-response\"");
        Reply proxyWithoutPort = send("POST", "/_rotor/proxies", "{\"secret\":\"" + secret
                + "\",\"targetHost\":\"127.0.0.1\",\"targetPort\":\"EVIL-VALUE-5\"}");

        assertThat(unknownKind.json().get("message").asText()).contains("'lambda'")
                .contains("cannot-run, lose-response, crash");
        assertThat(misspeltStep.json().get("message").asText()).contains("'during'").contains("setSecret");
        assertThat(afterOnLost.json().get("message").asText()).contains("'after'").contains("during, times");
        assertThat(noLayer.json().get("message").asText()).contains("lambda (cannot-run");
        assertThat(unknownOperation.json().get("message").asText()).contains("'operation'").contains("PutSecretValue");
        assertThat(badDuration.json().get("message").asText()).contains("'delay'").contains("100ms");
        for (Reply bad : new Reply[] {unknownKind, misspeltStep, afterOnLost, noLayer, unknownOperation, badDuration,
                noSecret, proxyWithoutPort}) {
            assertThat(bad.status()).as(bad.json().toString()).isEqualTo(400);
            assertThat(bad.json().toString()).doesNotContain("EVIL-VALUE").doesNotContain("Exception:");
        }
        assertThat(unknownSecret.status()).isEqualTo(404);
        assertThat(send("GET", "/_rotor/faults?secret=" + query(secret), null).json().get("faults")).isEmpty();
    }
}
