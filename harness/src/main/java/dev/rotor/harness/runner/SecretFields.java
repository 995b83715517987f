package dev.rotor.harness.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.harness.scenario.Setup;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --secret-field KEY=VALUE}: fields added to every scenario's secret. A value that reads as a JSON scalar is
 * that scalar ({@code false} a boolean, {@code 3} a number, {@code "x"} a string, {@code null}); anything else is the
 * text as given. The fields the harness writes itself (user, password, host, ...) are refused.
 */
final class SecretFields {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SecretFields() {
    }

    static Map<String, Object> parse(Map<String, String> options) {
        Map<String, Object> fields = new LinkedHashMap<>();
        options.forEach((key, text) -> {
            if (Setup.HARNESS_FIELDS.contains(key)) {
                throw new IllegalArgumentException("--secret-field " + key + ": the harness sets this field itself");
            }
            fields.put(key, value(key, text));
        });
        return fields;
    }

    private static Object value(String key, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            return text;
        }
        if (node == null || node.isMissingNode()) {
            return text;
        }
        if (node.isContainerNode()) {
            throw new IllegalArgumentException("--secret-field " + key + ": secret fields are single values");
        }
        return JSON.convertValue(node, Object.class);
    }
}
