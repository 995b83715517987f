package dev.rotor.harness.runner;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.harness.database.LoginResult;
import dev.rotor.harness.invariants.Subject;
import dev.rotor.harness.scenario.Strategy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One scenario's secret and database as the invariant checks see them, with the baselines they compare against. */
final class ScenarioSubject implements Subject {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final Strategy strategy;
    private final SecretView secret;
    private final ScenarioDatabase database;
    private List<String> baselineGrants;
    private ObjectNode baselineFields;
    private boolean loginStale;

    ScenarioSubject(Strategy strategy, SecretView secret, ScenarioDatabase database) {
        this.strategy = strategy;
        this.secret = secret;
        this.database = database;
    }

    /** Records what must stay: the user's grants and the secret's non-credential fields. */
    void captureBaselines(ObjectNode secretValue) {
        this.baselineGrants = database.normalizedGrants(database.user());
        updateFields(secretValue);
    }

    /** A scenario changed fields by hand: they become the new baseline. */
    void updateFields(ObjectNode secretValue) {
        ObjectNode fields = reparsed(secretValue);
        fields.remove("username");
        fields.remove("password");
        this.baselineFields = fields;
    }

    /** The value as a reader of the secret text sees it (so 3 is an int, as parsed, whatever built the tree). */
    private static ObjectNode reparsed(ObjectNode value) {
        try {
            return (ObjectNode) JSON.readTree(value.toString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void setLoginStale(boolean stale) {
        this.loginStale = stale;
    }

    @Override
    public Strategy strategy() {
        return strategy;
    }

    @Override
    public Optional<Labelled> stage(String label) {
        return secret.stage(label).map(v -> new Labelled(v.versionId(), v.value()));
    }

    @Override
    public Map<String, List<String>> stages() {
        return secret.stages();
    }

    @Override
    public LoginResult login(String user, String password) {
        return database.login(user, password);
    }

    @Override
    public boolean userExists(String user) {
        return database.userExists(user);
    }

    @Override
    public List<String> normalizedGrants(String user) {
        return database.normalizedGrants(user);
    }

    @Override
    public List<String> baselineGrants() {
        return baselineGrants;
    }

    @Override
    public ObjectNode baselineFields() {
        return baselineFields;
    }

    @Override
    public String baseUser() {
        return database.user();
    }

    @Override
    public boolean loginStale() {
        return loginStale;
    }
}
