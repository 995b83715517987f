package dev.rotor.emulator.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** An HTTP answer as it came over the wire: status, headers and the body as text (and as JSON when it parses). */
record RawResponse(int status, java.net.http.HttpHeaders headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (HTTP " + status + "): " + body, e);
        }
    }

    String errorType() {
        return json().path("__type").asText(null);
    }

    String message() {
        return json().path("Message").asText(null);
    }
}
