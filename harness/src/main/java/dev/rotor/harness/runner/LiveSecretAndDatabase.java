package dev.rotor.harness.runner;

import dev.rotor.harness.database.LoginResult;
import dev.rotor.harness.database.ScenarioDatabase;
import dev.rotor.harness.invariants.SecretAndDatabase;
import dev.rotor.harness.scenario.Strategy;
import dev.rotor.harness.secret.SecretVersion;
import dev.rotor.harness.secret.SecretView;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One scenario's secret (read through the SDK) and database (real logins), as the checks see them. */
final class LiveSecretAndDatabase implements SecretAndDatabase {
    private final Strategy strategy;
    private final SecretView secret;
    private final ScenarioDatabase database;

    LiveSecretAndDatabase(ScenarioRun run) {
        this.strategy = run.function().strategy();
        this.secret = run.secret();
        this.database = run.database();
    }

    @Override
    public Strategy strategy() {
        return strategy;
    }

    @Override
    public String baseUser() {
        return database.user();
    }

    @Override
    public Optional<SecretVersion> stage(String label) {
        return secret.stage(label);
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
}
