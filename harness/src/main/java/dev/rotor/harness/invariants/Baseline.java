package dev.rotor.harness.invariants;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the checks compare against: the application user's grants before any rotation, the non-credential fields a
 * version is expected to carry, and whether the secret knowingly lags the database (then login is not checked).
 * Immutable: a scenario that changes something on purpose gets a new baseline.
 *
 * <p>Fields follow intentional changes version by version: a value stored on purpose (put-value, an operator's
 * change, a race's put-value) sets the fields every later version must carry ({@code fields}), while the versions
 * that existed before keep what was expected of them then ({@code versionFields}). So AWSPREVIOUS holding the value
 * from before an operator's change is no violation, but a function that drops or rewrites a field still is.
 */
public record Baseline(List<String> grants, ObjectNode fields, Map<String, ObjectNode> versionFields,
                       boolean secretStale) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Baseline {
        grants = List.copyOf(grants);
        fields = fields.deepCopy();
        Map<String, ObjectNode> copy = new LinkedHashMap<>();
        versionFields.forEach((version, expected) -> copy.put(version, expected.deepCopy()));
        versionFields = Collections.unmodifiableMap(copy);
    }

    /** The baseline at the start of a scenario: the user's grants and the first secret value. */
    public static Baseline capture(List<String> grants, ObjectNode secretValue) {
        return new Baseline(grants, nonCredentialFields(secretValue), Map.of(), false);
    }

    /**
     * A value stored on purpose as version {@code versionId}: its fields are what later versions must carry; the
     * {@code existing} versions keep the fields expected of them until now.
     */
    public Baseline withFieldsOf(String versionId, ObjectNode secretValue, Collection<String> existing) {
        Map<String, ObjectNode> pinned = new LinkedHashMap<>(versionFields);
        existing.forEach(version -> pinned.putIfAbsent(version, fields));
        ObjectNode stored = nonCredentialFields(secretValue);
        pinned.put(versionId, stored);
        return new Baseline(grants, stored, pinned, secretStale);
    }

    public Baseline withSecretStale(boolean stale) {
        return new Baseline(grants, fields, versionFields, stale);
    }

    /** The fields version {@code versionId} must carry: its own if it was pinned, else the intended ones. */
    public ObjectNode expectedFields(String versionId) {
        return versionFields.getOrDefault(versionId, fields).deepCopy();
    }

    @Override
    public ObjectNode fields() {
        return fields.deepCopy();
    }

    /** The value without username and password, as a reader of the secret text sees it (3 is an int, as parsed). */
    static ObjectNode nonCredentialFields(ObjectNode value) {
        ObjectNode fields;
        try {
            fields = (ObjectNode) JSON.readTree(value.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        fields.remove("username");
        fields.remove("password");
        return fields;
    }
}
