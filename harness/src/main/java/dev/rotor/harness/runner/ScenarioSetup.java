package dev.rotor.harness.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.emulator.admin.DatabaseProxy;
import dev.rotor.emulator.admin.FunctionInfo;
import dev.rotor.emulator.admin.RotorAdmin;
import dev.rotor.harness.action.RotationSummary;
import dev.rotor.harness.database.DatabaseServer;
import dev.rotor.harness.database.ScenarioDatabase;
import dev.rotor.harness.invariants.Baseline;
import dev.rotor.harness.scenario.Scenario;
import dev.rotor.harness.scenario.Setup;
import dev.rotor.harness.scenario.Strategy;
import dev.rotor.harness.secret.SecretView;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * Makes one scenario's resources: its database user and schema, its secret (and the admin secret alternating users
 * need), the emulator's database fault proxy for the secret, its registration of the function under test, then its
 * rotation schedule. The secret's {@code host} and {@code port} (and the admin secret's) name the proxy, so only the
 * function goes through it; the checks and the clients connect to the server directly. What it made is removed again
 * if a later part fails, and by the returned run's {@code close()}.
 */
final class ScenarioSetup {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FunctionUnderTest function;
    private final RotorAdmin admin;
    private final SecretsManagerClient sm;
    private final DatabaseServer server;

    ScenarioSetup(FunctionUnderTest function, RotorAdmin admin, SecretsManagerClient sm, DatabaseServer server) {
        this.function = function;
        this.admin = admin;
        this.sm = sm;
        this.server = server;
    }

    ScenarioRun create(Scenario scenario, long seed) throws InterruptedException {
        Removal removal = new Removal();
        try {
            Setup setup = scenario.setup();
            RandomGenerator random = Seeds.random(seed, "harness");
            ScenarioDatabase database = new ScenarioDatabase(server, random);
            String password = setup.initialPassword() == null ? database.newPassword() : setup.initialPassword();
            removal.add(database::drop);
            database.create(password, setup.privileges());
            String name = functionName(scenario, random);
            String arn = createSecret("rotor/" + name, null, removal);
            removal.add(() -> admin.closeDatabaseProxy(arn));
            DatabaseProxy proxy = admin.openDatabaseProxy(arn, server.host(), server.port());
            ObjectNode value = JSON.createObjectNode().put("engine", server.engine().id()).put("host", proxy.host())
                    .put("port", proxy.port()).put("username", database.user()).put("password", password)
                    .put("dbname", database.schema());
            if (function.strategy() == Strategy.ALTERNATING_USERS) {
                ObjectNode adminValue = JSON.createObjectNode().put("engine", server.engine().id())
                        .put("host", proxy.host()).put("port", proxy.port())
                        .put("username", server.admin().user()).put("password", server.admin().password());
                function.secretFields().forEach((k, v) -> adminValue.set(k, JSON.valueToTree(v)));
                value.put("masterarn", createSecret("rotor/" + name + "/admin", adminValue, removal));
            }
            setup.secretFields().forEach((k, v) -> value.set(k, JSON.valueToTree(v)));
            function.secretFields().forEach((k, v) -> value.set(k, JSON.valueToTree(v)));
            SecretView secret = new SecretView(sm, arn);
            secret.put(value);
            removal.add(() -> admin.removeFunction(name));
            FunctionInfo registered = admin.registerFunction(function.definition(name, setup.functionEnvironment(),
                    setup.functionTimeout()));
            Baseline baseline = Baseline.capture(database.normalizedGrants(database.user()), value);
            applySchedule(setup, secret, registered);
            return new ScenarioRun(scenario, seed, function, registered, secret, database, baseline, removal::run);
        } catch (RuntimeException | InterruptedException e) {
            removal.run();
            throw e;
        }
    }

    /** CreateSecret, with its first value unless {@code value} is null (then it is stored once the proxy is open). */
    private String createSecret(String name, ObjectNode value, Removal removal) {
        String arn = sm.createSecret(r -> r.name(name).secretString(value == null ? null : value.toString())).arn();
        removal.add(() -> sm.deleteSecret(r -> r.secretId(arn).forceDeleteWithoutRecovery(true)));
        return arn;
    }

    /** A scenario's rotation rules are set before its first action: RotateSecret with RotateImmediately=false. */
    private void applySchedule(Setup setup, SecretView secret, FunctionInfo registered) throws InterruptedException {
        if (setup.automaticallyAfterDays() == null && setup.scheduleExpression() == null) {
            return;
        }
        String token = sm.rotateSecret(r -> r.secretId(secret.arn()).rotationLambdaARN(registered.arn())
                .rotateImmediately(false).rotationRules(rules -> rules
                        .automaticallyAfterDays(setup.automaticallyAfterDays())
                        .scheduleExpression(setup.scheduleExpression()))).versionId();
        Duration wait = FunctionUnderTest.rotationTimeout(registered.definition().timeout());
        RotationSummary test = admin.awaitRotation(token, wait).map(record -> RotationSummary.of(record, wait))
                .orElseThrow(() -> new IllegalStateException("setting the rotation schedule started no rotation"));
        if (!test.succeeded()) {
            throw new IllegalStateException("setting the rotation schedule failed: the function's testSecret did not"
                    + " pass (" + test.error() + ")");
        }
    }

    /** {@code rotor-<scenario>-<random>}, at most 59 characters. */
    private static String functionName(Scenario scenario, RandomGenerator random) {
        String prefix = "rotor-" + scenario.name();
        return prefix.substring(0, Math.min(50, prefix.length())) + "-" + HexFormat.of().toHexDigits(random.nextInt());
    }

    /** What to undo, newest first; each part is best effort, as a failed scenario may have left things half made. */
    private static final class Removal {
        private final Deque<Runnable> parts = new ArrayDeque<>();

        void add(Runnable part) {
            parts.push(part);
        }

        void run() {
            while (!parts.isEmpty()) {
                try {
                    parts.pop().run();
                } catch (RuntimeException ignored) {
                    // best effort: the rest still goes
                }
            }
        }
    }
}
