package dev.rotor.harness.invariants;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * What the checks compare against: the application user's grants before any rotation, the secret's non-credential
 * fields as the scenario intends them, and whether the secret knowingly lags the database (then login is not
 * checked). Immutable: a scenario that changes something on purpose gets a new baseline.
 */
public record Baseline(List<String> grants, ObjectNode fields, boolean secretStale) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Baseline {
        grants = List.copyOf(grants);
        fields = fields.deepCopy();
    }

    /** The baseline at the start of a scenario: the user's grants and the first secret value. */
    public static Baseline capture(List<String> grants, ObjectNode secretValue) {
        return new Baseline(grants, nonCredentialFields(secretValue), false);
    }

    /** The fields of a value stored on purpose become the expected ones. */
    public Baseline withFieldsOf(ObjectNode secretValue) {
        return new Baseline(grants, nonCredentialFields(secretValue), secretStale);
    }

    public Baseline withSecretStale(boolean stale) {
        return new Baseline(grants, fields, stale);
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
