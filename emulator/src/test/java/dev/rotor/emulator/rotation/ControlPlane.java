package dev.rotor.emulator.rotation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** A test's view of the control plane: rotations, the journal and the clock, over HTTP. */
final class ControlPlane {
    private final URI endpoint;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    ControlPlane(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Waits for a rotation (by version id) to finish and returns its record. */
    JsonNode awaitRotation(String versionId) {
        JsonNode record = get("/_rotor/rotations/" + versionId + "/wait?timeout=60s");
        if (!record.path("status").asText().matches("SUCCEEDED|FAILED|CANCELLED|ABANDONED")) {
            throw new AssertionError("rotation did not finish: " + record);
        }
        return record;
    }

    List<JsonNode> journal(String secretArn) {
        List<JsonNode> events = new ArrayList<>();
        get("/_rotor/journal?limit=10000").path("events").forEach(e -> {
            if (secretArn.equals(e.path("secretArn").asText())) {
                events.add(e);
            }
        });
        return events;
    }

    JsonNode advanceClock(String duration) {
        return send(HttpRequest.newBuilder(endpoint.resolve("/_rotor/clock")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"advance\":\"" + duration + "\"}")).build());
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(endpoint.resolve(path)).GET().build());
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
