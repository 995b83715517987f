package dev.rotor.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.lambda.FunctionHost;
import dev.rotor.emulator.lambda.FunctionRegistry;
import dev.rotor.emulator.lambda.LambdaSettings;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionsRoutesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path cache;

    FunctionRegistry registry;
    FunctionHost host;
    Javalin server;

    @BeforeEach
    void start() {
        LambdaSettings settings = new LambdaSettings(URI.create("http://127.0.0.1:45999"), "us-east-1", "123456789012",
                null, cache);
        registry = new FunctionRegistry(settings);
        host = new FunctionHost(settings, registry, FunctionHost.Options.defaults().withAppCds(false));
        FunctionsRoutes routes = new FunctionsRoutes(registry, () -> host);
        server = Javalin.create(config -> routes.addTo(config.routes)).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
        host.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
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
        HttpResponse<String> created = send("POST", "/_rotor/functions", "{\"name\":\"echo\",\"code\":\"" + jar()
                + "\",\"handler\":\"dev.rotor.testfunctions.Echo\",\"environment\":{\"A\":\"1\"},\"timeout\":5,"
                + "\"memoryMb\":256}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).get("arn").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:echo");

        JsonNode list = JSON.readTree(send("GET", "/_rotor/functions", null).body());
        assertThat(list.at("/functions/0/name").asText()).isEqualTo("echo");
        assertThat(list.at("/functions/0/timeoutSeconds").asDouble()).isEqualTo(5.0);
        assertThat(list.at("/functions/0/memoryMb").asInt()).isEqualTo(256);

        host.invoke("echo", "{\"print\":\"hello logs\"}");
        HttpResponse<String> invocations = send("GET", "/_rotor/functions/echo/invocations", null);
        assertThat(invocations.statusCode()).isEqualTo(200);
        JsonNode first = JSON.readTree(invocations.body()).at("/invocations/0");
        assertThat(first.get("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(first.at("/event/print").asText()).isEqualTo("hello logs");
        assertThat(first.get("logs").asText()).contains("hello logs");
        assertThat(first.get("coldStart").asBoolean()).isTrue();
        assertThat(first.get("durationMs").asDouble()).isPositive();

        assertThat(send("DELETE", "/_rotor/functions/echo", null).statusCode()).isEqualTo(204);
        assertThat(registry.find("echo")).isEmpty();
        assertThat(host.processId("echo")).isEmpty();
        assertThat(send("DELETE", "/_rotor/functions/echo", null).statusCode()).isEqualTo(404);
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
}
