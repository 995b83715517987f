package dev.rotor.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.it.EmulatorTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /_rotor/functions} over HTTP against a running emulator. */
class FunctionsRoutesIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport();

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        URI uri = emulator.emulator().endpoint().resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String jar() {
        return Path.of(System.getProperty("rotor.testFunctionsJar", "../test-functions/target/rotor-test-functions.jar"))
                .toAbsolutePath().toString();
    }

    @Test
    void registers_lists_shows_invocations_and_removes_a_function() throws Exception {
        String name = emulator.uniqueName("rotator");
        String spec = "{\"name\":\"" + name + "\",\"code\":\"" + jar()
                + "\",\"handler\":\"dev.rotor.testfunctions.ServiceRotation\",\"environment\":{\"A\":\"1\"},"
                + "\"timeout\":20,\"memoryMb\":256}";
        HttpResponse<String> created = send("POST", "/_rotor/functions", spec);
        assertThat(created.statusCode()).isEqualTo(201);
        String arn = JSON.readTree(created.body()).get("arn").asText();
        assertThat(arn).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:" + name);
        assertThat(send("POST", "/_rotor/functions", spec).statusCode()).as("replaced").isEqualTo(200);

        JsonNode listed = JSON.readTree(send("GET", "/_rotor/functions", null).body()).get("functions");
        JsonNode mine = null;
        for (JsonNode function : listed) {
            if (function.get("name").asText().equals(name)) {
                mine = function;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("timeoutSeconds").asDouble()).isEqualTo(20.0);
        assertThat(mine.get("memoryMb").asInt()).isEqualTo(256);

        String secret = emulator.uniqueName("fn-secret");
        emulator.client().createSecret(r -> r.name(secret).secretString("v1"));
        String token = emulator.client().rotateSecret(r -> r.secretId(secret).rotationLambdaARN(arn)).versionId();
        emulator.emulator().admin().awaitRotation(token, Duration.ofSeconds(60));
        HttpResponse<String> invocations = send("GET", "/_rotor/functions/" + name + "/invocations", null);
        assertThat(invocations.statusCode()).isEqualTo(200);
        JsonNode first = JSON.readTree(invocations.body()).at("/invocations/0");
        assertThat(first.get("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(first.at("/event/Step").asText()).isEqualTo("createSecret");
        assertThat(first.get("logs").asText()).contains("step createSecret");
        assertThat(first.get("coldStart").asBoolean()).isTrue();
        assertThat(first.get("durationMs").asDouble()).isPositive();

        assertThat(send("DELETE", "/_rotor/functions/" + name, null).statusCode()).isEqualTo(204);
        assertThat(emulator.emulator().admin().functions()).noneMatch(f -> f.name().equals(name));
        assertThat(send("DELETE", "/_rotor/functions/" + name, null).statusCode()).isEqualTo(404);
    }

    @Test
    void answers_bad_input_with_400_and_a_message() throws Exception {
        HttpResponse<String> notJson = send("POST", "/_rotor/functions", "{name");
        HttpResponse<String> noHandler = send("POST", "/_rotor/functions", "{\"name\":\"f\",\"code\":\"" + jar() + "\"}");
        HttpResponse<String> unknownField = send("POST", "/_rotor/functions", "{\"name\":\"f\",\"colour\":\"red\"}");
        HttpResponse<String> badTimeout = send("POST", "/_rotor/functions", "{\"name\":\"f\",\"code\":\"" + jar()
                + "\",\"handler\":\"a.B\",\"timeout\":\"soon\"}");
        HttpResponse<String> missingCode = send("POST", "/_rotor/functions",
                "{\"name\":\"f\",\"code\":\"/nope.jar\",\"handler\":\"a.B\"}");
        HttpResponse<String> empty = send("POST", "/_rotor/functions", "");

        for (HttpResponse<String> response : List.of(notJson, noHandler, unknownField, badTimeout, missingCode, empty)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("message").asText()).isNotBlank().doesNotContain("\tat ");
        }
        assertThat(JSON.readTree(noHandler.body()).get("message").asText()).contains("handler");
        assertThat(JSON.readTree(badTimeout.body()).get("message").asText()).contains("Bad timeout")
                .doesNotContain("soon");
        assertThat(JSON.readTree(missingCode.body()).get("message").asText()).contains("code")
                .doesNotContain("/nope.jar");
        assertThat(JSON.readTree(unknownField.body()).get("message").asText()).contains("Members: name")
                .doesNotContain("colour", "dev.rotor", "class");
        assertThat(send("GET", "/_rotor/functions/ghost/invocations", null).statusCode()).isEqualTo(404);
    }

    @Test
    void registers_a_python_function_and_refuses_one_that_cannot_run(@TempDir Path dir) throws Exception {
        Path python = Path.of(System.getProperty("rotor.pythonFixtures", "src/test/python")).toAbsolutePath();
        String name = emulator.uniqueName("py");
        HttpResponse<String> created = send("POST", "/_rotor/functions", "{\"name\":\"" + name + "\",\"code\":\""
                + python.resolve("with-boto3") + "\",\"handler\":\"handler.lambda_handler\",\"runtime\":\"python3.11\","
                + "\"python\":\"" + python.resolve("python-without-boto3") + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).get("runtime").asText()).isEqualTo("python3.11");
        assertThat(JSON.readTree(created.body()).get("pythonExecutable").asText()).endsWith("python-without-boto3");

        HttpResponse<String> noBoto3 = send("POST", "/_rotor/functions", "{\"name\":\"nb\",\"code\":\""
                + python.resolve("functions") + "\",\"handler\":\"echo.lambda_handler\",\"runtime\":\"python3.11\","
                + "\"python\":\"" + python.resolve("python-without-boto3") + "\"}");
        assertThat(noBoto3.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noBoto3.body()).get("message").asText()).contains("cannot import boto3",
                "apt-get install python3-boto3", "pip install boto3", "python=PATH");

        Path slip = dir.resolve("slip.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(slip))) {
            out.putNextEntry(new ZipEntry("../../outside.py"));
            out.closeEntry();
        }
        HttpResponse<String> escaping = send("POST", "/_rotor/functions", "{\"name\":\"slip\",\"code\":\"" + slip
                + "\",\"handler\":\"a.B\"}");
        assertThat(escaping.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(escaping.body()).get("message").asText()).contains("zip-slip").doesNotContain(
                slip.toString());

        HttpResponse<String> reserved = send("POST", "/_rotor/functions", "{\"name\":\"r\",\"code\":\"" + jar()
                + "\",\"handler\":\"a.B\",\"environment\":{\"AWS_REGION\":\"eu-west-1\"}}");
        assertThat(reserved.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(reserved.body()).get("message").asText()).isEqualTo("Lambda was unable to configure"
                + " your environment variables because the environment variables you have provided contains reserved"
                + " keys that are currently not supported for modification. Reserved keys used in this request:"
                + " AWS_REGION");
        assertThat(emulator.emulator().admin().functions()).extracting(f -> f.name()).contains(name)
                .doesNotContain("nb", "slip", "r");
    }
}
