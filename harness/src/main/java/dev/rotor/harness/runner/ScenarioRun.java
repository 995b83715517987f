package dev.rotor.harness.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.lambda.FunctionDefinition;
import dev.rotor.harness.database.DatabaseServer;
import dev.rotor.harness.database.Engine;
import dev.rotor.harness.report.RunListener;
import dev.rotor.harness.scenario.Scenario;
import dev.rotor.harness.scenario.Setup;
import dev.rotor.harness.scenario.Strategy;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One scenario's resources: its database user and schema, its secrets (and the admin secret for alternating users),
 * its registration of the function under test. {@link #close()} removes them all.
 */
final class ScenarioRun implements AutoCloseable {
    private final ObjectMapper json = new ObjectMapper();
    final Scenario scenario;
    final RunSettings settings;
    final Emulator emulator;
    final SecretsManagerClient sm;
    final RunListener listener;
    final ScenarioDatabase database;
    final String functionName;
    String functionArn;
    String secretArn;
    String adminSecretArn;
    SecretView secret;
    ScenarioSubject subject;

    ScenarioRun(Scenario scenario, RunSettings settings, Emulator emulator, SecretsManagerClient sm,
                DatabaseServer server, RunListener listener) {
        this.scenario = scenario;
        this.settings = settings;
        this.emulator = emulator;
        this.sm = sm;
        this.listener = listener;
        this.database = new ScenarioDatabase(server);
        String id = UUID.randomUUID().toString().substring(0, 8);
        this.functionName = ("rotor-" + scenario.name()).substring(0, Math.min(50, scenario.name().length() + 6))
                + "-" + id;
    }

    /** Creates the user, the secrets and the function; records the baselines. */
    void setUp() {
        Setup setup = scenario.setup();
        String password = setup.initialPassword() == null ? database.newPassword() : setup.initialPassword();
        database.create(password, setup.privileges());
        DatabaseServer server = database.server();
        String engine = server.engine() == Engine.MARIADB ? "mariadb" : "mysql";
        if (settings.strategy() == Strategy.ALTERNATING_USERS) {
            ObjectNode admin = json.createObjectNode().put("engine", engine).put("host", server.host())
                    .put("port", server.port()).put("username", server.admin().user())
                    .put("password", server.admin().password());
            adminSecretArn = sm.createSecret(r -> r.name("rotor/" + functionName + "/admin")
                    .secretString(admin.toString())).arn();
        }
        ObjectNode value = json.createObjectNode().put("engine", engine).put("host", server.host())
                .put("port", server.port()).put("username", database.user()).put("password", password)
                .put("dbname", database.schema());
        if (adminSecretArn != null) {
            value.put("masterarn", adminSecretArn);
        }
        setup.secretFields().forEach((k, v) -> value.set(k, json.valueToTree(v)));
        secretArn = sm.createSecret(r -> r.name("rotor/" + functionName).secretString(value.toString())).arn();
        secret = new SecretView(sm, secretArn);
        Map<String, String> environment = new LinkedHashMap<>(settings.functionEnvironment());
        environment.putAll(setup.functionEnvironment());
        emulator.functions().register(FunctionDefinition.of(functionName, settings.functionJar(), settings.handler())
                .withEnvironment(environment).withTimeout(settings.functionTimeout()));
        functionArn = emulator.functions().arnOf(functionName);
        subject = new ScenarioSubject(settings.strategy(), secret, database);
        subject.captureBaselines(value);
    }

    /** Stops the function and removes the secrets, users and schema; never throws. */
    @Override
    public void close() {
        quietly(() -> emulator.functionHost().restart(functionName));
        quietly(() -> emulator.functions().remove(functionName));
        for (String arn : new String[] {secretArn, adminSecretArn}) {
            if (arn != null) {
                quietly(() -> sm.deleteSecret(r -> r.secretId(arn).forceDeleteWithoutRecovery(true)));
            }
        }
        quietly(database::drop);
    }

    private static void quietly(Runnable cleanup) {
        try {
            cleanup.run();
        } catch (RuntimeException ignored) {
            // cleanup is best effort: a failed scenario may have left things half made
        }
    }
}
