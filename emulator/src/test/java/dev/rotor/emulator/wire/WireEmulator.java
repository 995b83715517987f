package dev.rotor.emulator.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * One running emulator for a test class, with the ways tests talk to it: the real AWS SDK v2 client, raw AWS JSON 1.1
 * over {@link HttpClient}, and the control plane. Closed by {@link WireEmulatorExtension} after the class.
 */
public final class WireEmulator implements AutoCloseable {
    static final String REGION = "us-east-1";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private final Emulator emulator;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private SecretsManagerClient client;

    WireEmulator(EmulatorConfig config) {
        this.emulator = Emulator.start(config);
    }

    /** An emulator of its own for one test, e.g. with a different version cap; close it when done. */
    public static WireEmulator start(EmulatorConfig config) {
        return new WireEmulator(config);
    }

    public URI endpoint() {
        return emulator.endpoint();
    }

    /** A name no other test in this JVM uses, e.g. {@code wire/create-1a2b3c4d-5e6f7a8b}. */
    public String uniqueName(String prefix) {
        return "wire/" + prefix + "-" + runId + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The real AWS SDK v2 client, pointed at this emulator with dummy static credentials. */
    public synchronized SecretsManagerClient client() {
        if (client == null) {
            client = newClient(endpoint());
        }
        return client;
    }

    /** A real AWS SDK v2 client for any emulator endpoint, with dummy static credentials. */
    public static SecretsManagerClient newClient(URI endpoint) {
        return clientBuilder(endpoint).build();
    }

    /** The builder of {@link #newClient}, for a client with other settings. */
    static SecretsManagerClientBuilder clientBuilder(URI endpoint) {
        return SecretsManagerClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDWIRETEST", "wire-secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder());
    }

    /** A raw AWS JSON 1.1 call: {@code POST /} with {@code X-Amz-Target: secretsmanager.<operation>}. */
    public RawResponse call(String operation, String body) {
        return post(operation == null ? null : "secretsmanager." + operation, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A raw call whose JSON body is built by {@code ObjectNode} helpers. */
    public RawResponse call(String operation, JsonNode body) {
        return call(operation, body.toString());
    }

    /** A raw POST with any target header (null leaves it out) and any bytes. */
    public RawResponse post(String target, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint().resolve("/"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        return send(request.build());
    }

    public RawResponse get(String path) {
        return send(HttpRequest.newBuilder(endpoint().resolve(path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** A control-plane POST with an empty JSON object. */
    public RawResponse postControl(String path) {
        return send(HttpRequest.newBuilder(endpoint().resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    }

    /** The journal's events after {@code sequence}, as JSON. */
    public JsonNode journalAfter(long sequence) {
        RawResponse response = get("/_rotor/journal?after=" + sequence);
        if (response.status() != 200) {
            throw new IllegalStateException("journal answered " + response.status() + ": " + response.body());
        }
        return response.json().path("events");
    }

    /** The whole journal, every page of it, in order. */
    public java.util.List<JsonNode> journal() {
        java.util.List<JsonNode> events = new java.util.ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = journalAfter(after);
            if (page.isEmpty()) {
                return events;
            }
            page.forEach(events::add);
            after = page.get(page.size() - 1).path("sequence").asLong();
        }
    }

    /** The sequence number of the newest journal event (0 when empty). */
    public long lastSequence() {
        RawResponse response = get("/_rotor/journal?after=0");
        return response.json().path("lastSequence").asLong();
    }

    public ObjectNode object() {
        return json.createObjectNode();
    }

    private RawResponse send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new RawResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
        }
        emulator.stop();
    }
}
