package dev.rotor.functions.mysql.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A secret's JSON object, immutable. Keys the functions do not know are carried over unchanged and in order;
 * {@link #toString()} never shows values.
 */
public final class SecretValue {

    // ObjectReader and ObjectWriter are immutable and thread-safe: constants, not shared mutable state
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false); // 1.10 stays 1.10
    private static final ObjectReader READER = MAPPER.reader();
    private static final ObjectWriter WRITER = MAPPER.writer();

    private final ObjectNode json;

    private SecretValue(ObjectNode json) {
        this.json = json;
    }

    /** Parses a SecretString; anything but a JSON object fails without echoing the text (it holds a password). */
    public static SecretValue parse(String secretString) {
        if (secretString == null) {
            throw new RotationFailedException("The secret has no SecretString (binary secrets cannot be rotated)");
        }
        JsonNode node;
        try {
            node = READER.readTree(secretString);
        } catch (JsonProcessingException e) {
            throw new RotationFailedException("The secret value is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new RotationFailedException("The secret value is not a JSON object");
        }
        return new SecretValue((ObjectNode) node);
    }

    /** A field as text: strings as they are, numbers and booleans in their JSON spelling; empty when absent or null. */
    public Optional<String> text(String key) {
        JsonNode value = json.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isValueNode()) {
            return Optional.of(value.asText());
        }
        throw new RotationFailedException("Field '" + key + "' of the secret must be a string, number or boolean");
    }

    /** The field as JSON (for typed fields such as {@code ssl} and {@code port}); empty when absent or null. */
    public Optional<JsonNode> node(String key) {
        JsonNode value = json.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.deepCopy());
    }

    public boolean has(String key) {
        return json.hasNonNull(key);
    }

    /** A copy with one string field set; an existing key keeps its place, a new key goes last. */
    public SecretValue with(String key, String value) {
        ObjectNode copy = json.deepCopy();
        copy.put(key, value);
        return new SecretValue(copy);
    }

    public String toJson() {
        try {
            return WRITER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    /** The keys, in order: safe to log. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Override
    public String toString() {
        return "SecretValue" + keys();
    }
}
