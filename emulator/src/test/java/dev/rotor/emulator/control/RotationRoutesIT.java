package dev.rotor.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.admin.FunctionInfo;
import dev.rotor.emulator.it.EmulatorTestSupport;
import dev.rotor.emulator.lambda.FunctionDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The rotation, fault and clock routes: thin adapters over the admin interface, over HTTP. */
class RotationRoutesIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport();

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private Reply send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(emulator.emulator().endpoint().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), JSON.readTree(response.body()));
    }

    private record Reply(int status, JsonNode json) {
    }

    private static String rotator() {
        Path jar = Path.of(System.getProperty("rotor.testFunctionsJar", "../test-functions/target/rotor-test-functions.jar"));
        FunctionInfo info = emulator.emulator().admin().registerFunction(FunctionDefinition.of(
                emulator.uniqueName("service"), jar, "dev.rotor.testfunctions.ServiceRotation")
                .withTimeout(Duration.ofSeconds(20)));
        return info.arn();
    }

    @Test
    void a_fault_armed_over_http_fails_its_step_and_a_retry_over_http_finishes_the_rotation() throws Exception {
        String name = emulator.uniqueName("routes");
        emulator.client().createSecret(r -> r.name(name).secretString("v1"));
        String arn = emulator.client().describeSecret(r -> r.secretId(name)).arn();

        Reply armed = send("POST", "/_rotor/faults", "{\"secret\":\"" + name + "\",\"step\":\"setSecret\"}");
        String function = rotator();
        String token = emulator.client().rotateSecret(r -> r.secretId(name).rotationLambdaARN(function)).versionId();
        Reply failed = send("GET", "/_rotor/rotations/" + token + "/wait?timeout=60s", null);
        Reply retried = send("POST", "/_rotor/rotations/retry", "{\"secret\":\"" + name + "\"}");
        Reply done = send("GET", "/_rotor/rotations/" + retried.json().get("id").asText() + "/wait?timeout=60s", null);
        Reply byName = send("GET", "/_rotor/rotations?secret=" + name, null);

        assertThat(armed.status()).isEqualTo(200);
        assertThat(armed.json().get("secret").asText()).isEqualTo(arn);
        assertThat(armed.json().get("during").asText()).isEqualTo("setSecret");
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.json().get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.json().at("/result/kind").asText()).isEqualTo("step-failed");
        assertThat(failed.json().at("/result/step").asText()).isEqualTo("setSecret");
        assertThat(failed.json().at("/steps/1/outcome").asText()).isEqualTo("NOT_RUN");
        assertThat(failed.json().at("/steps/1/errorType").asText()).isEqualTo("Rotor.InjectedFault");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("versionId").asText()).isEqualTo(token);
        assertThat(done.json().get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.json().at("/result/kind").asText()).isEqualTo("succeeded");
        assertThat(byName.json().get("rotations")).hasSize(2);
    }

    @Test
    void unknown_secrets_and_rotations_are_404_and_bad_input_is_400_with_a_json_message() throws Exception {
        Reply unknownSecret = send("GET", "/_rotor/rotations?secret=no-such-secret", null);
        Reply unknownRotation = send("GET", "/_rotor/rotations/no-such-rotation", null);
        Reply faultWithoutStep = send("POST", "/_rotor/faults", "{\"secret\":\"x\",\"step\":\"nextSecret\"}");
        Reply faultTooMany = send("POST", "/_rotor/faults", "{\"secret\":\"x\",\"step\":\"setSecret\",\"times\":1000}");
        Reply retryNothing = send("POST", "/_rotor/rotations/retry", "{}");
        Reply clockBack = send("POST", "/_rotor/clock", "{\"advance\":\"-PT1H\"}");
        Reply clockNonsense = send("POST", "/_rotor/clock", "{\"advance\":\"soon\"}");

        assertThat(unknownSecret.status()).isEqualTo(404);
        assertThat(unknownSecret.json().get("__type").asText()).isEqualTo("ResourceNotFoundException");
        assertThat(unknownRotation.status()).isEqualTo(404);
        for (Reply bad : new Reply[] {faultWithoutStep, faultTooMany, retryNothing, clockBack, clockNonsense}) {
            assertThat(bad.status()).as(bad.json().toString()).isEqualTo(400);
            assertThat(bad.json().get("message").asText()).isNotBlank().doesNotContain("Exception:");
        }
        assertThat(faultWithoutStep.json().get("message").asText()).contains("setSecret");
    }

    @Test
    void the_clock_moves_forward_only() throws Exception {
        Reply before = send("GET", "/_rotor/clock", null);
        Reply moved = send("POST", "/_rotor/clock", "{\"advance\":\"PT2H\"}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(Duration.parse(moved.json().get("offset").asText()))
                .isEqualTo(Duration.parse(before.json().get("offset").asText()).plusHours(2));
        assertThat(moved.json().get("rotationsStarted").isArray()).isTrue();
    }
}
