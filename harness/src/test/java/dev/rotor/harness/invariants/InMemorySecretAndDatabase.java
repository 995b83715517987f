package dev.rotor.harness.invariants;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.harness.database.LoginResult;
import dev.rotor.harness.scenario.Strategy;
import dev.rotor.harness.secret.SecretVersion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A secret and a database in memory, for the checks' unit tests: versions with labels, users with the password the
 * "server" accepts and their grants. No emulator, no database server.
 */
final class InMemorySecretAndDatabase implements SecretAndDatabase {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Strategy strategy;
    private final String baseUser;
    private final Map<String, ObjectNode> values = new LinkedHashMap<>();
    private final Map<String, List<String>> stages = new LinkedHashMap<>();
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, List<String>> grants = new HashMap<>();

    InMemorySecretAndDatabase(Strategy strategy, String baseUser) {
        this.strategy = strategy;
        this.baseUser = baseUser;
    }

    /** A secret value: the credentials and the usual fields ({@code host}, {@code port}, {@code dbname}). */
    static ObjectNode value(String user, String password) {
        return JSON.createObjectNode().put("engine", "mysql").put("host", "127.0.0.1").put("port", 3306)
                .put("username", user).put("password", password).put("dbname", "rotor_app");
    }

    /** Adds a version with {@code labels} (none: an unlabelled version). */
    InMemorySecretAndDatabase version(String versionId, ObjectNode value, String... labels) {
        values.put(versionId, value);
        stages.put(versionId, new ArrayList<>(List.of(labels)));
        return this;
    }

    /** A user the server accepts with {@code password}, with these (normalised) grants. */
    InMemorySecretAndDatabase user(String name, String password, List<String> userGrants) {
        passwords.put(name, password);
        grants.put(name, userGrants);
        return this;
    }

    @Override
    public Strategy strategy() {
        return strategy;
    }

    @Override
    public String baseUser() {
        return baseUser;
    }

    @Override
    public Optional<SecretVersion> stage(String label) {
        return stages.entrySet().stream().filter(e -> e.getValue().contains(label)).findFirst()
                .map(e -> new SecretVersion(e.getKey(), values.get(e.getKey()).deepCopy()));
    }

    @Override
    public Map<String, List<String>> stages() {
        Map<String, List<String>> labelled = new LinkedHashMap<>();
        stages.forEach((version, labels) -> {
            if (!labels.isEmpty()) {
                labelled.put(version, List.copyOf(labels));
            }
        });
        return labelled;
    }

    @Override
    public LoginResult login(String user, String password) {
        return password.equals(passwords.get(user)) ? new LoginResult.Accepted()
                : new LoginResult.Refused(1045, "28000", "Access denied for user '" + user + "'");
    }

    @Override
    public boolean userExists(String user) {
        return passwords.containsKey(user);
    }

    @Override
    public List<String> normalizedGrants(String user) {
        return grants.get(user);
    }
}
