package dev.rotor.harness.functions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.harness.database.DatabaseAdmin;
import dev.rotor.harness.database.DatabaseException;
import dev.rotor.harness.database.DatabaseProvider;
import dev.rotor.harness.database.DatabaseServer;
import dev.rotor.harness.database.Engine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One database container and one emulator with functions registered, plus the chores the function ITs share: unique
 * users and secrets, a real AWS SDK v2 client, RotateSecret and wait, invoking one step directly, reading versions.
 */
final class RotorWithDatabase implements AutoCloseable {
    static final List<String> STEPS = List.of("createSecret", "setSecret", "testSecret", "finishSecret");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long WAIT_MILLIS = 120_000;

    private final DatabaseServer server;
    private final DatabaseAdmin admin;
    private final Emulator emulator;
    private final SecretsManagerClient sm;
    private final String adminSecretArn;
    private final List<String> users = new ArrayList<>();

    /** A user the test created: its own schema (same name), a table, schema- table- and column-level grants. */
    record DbUser(String name, String password) {
        @Override
        public String toString() {
            return "DbUser[" + name + "]";
        }
    }

    private RotorWithDatabase(DatabaseServer server, EmulatorConfig config) {
        this.server = server;
        this.admin = new DatabaseAdmin(server);
        Emulator started = null;
        SecretsManagerClient client = null;
        try {
            started = Emulator.start(config);
            client = SecretsManagerClient.builder()
                    .endpointOverride(started.endpoint())
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .httpClient(UrlConnectionHttpClient.create())
                    .build();
            Map<String, Object> adminValue = new LinkedHashMap<>();
            adminValue.put("engine", engineName(server.engine()));
            adminValue.put("host", server.host());
            adminValue.put("port", server.port());
            adminValue.put("username", server.admin().user());
            adminValue.put("password", server.admin().password());
            String value = json(adminValue);
            this.adminSecretArn = client.createSecret(r -> r.name("fnit/admin-" + UUID.randomUUID())
                    .secretString(value)).arn();
        } catch (RuntimeException e) {
            if (client != null) {
                client.close();
            }
            if (started != null) {
                started.stop();
            }
            throw e;
        }
        this.emulator = started;
        this.sm = client;
    }

    /** Starts a container of {@code engine} and an emulator with {@code config}; closes the container on failure. */
    static RotorWithDatabase start(Engine engine, EmulatorConfig config) {
        DatabaseServer server = DatabaseProvider.container().start(engine);
        try {
            return new RotorWithDatabase(server, config);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    Emulator emulator() {
        return emulator;
    }

    SecretsManagerClient sm() {
        return sm;
    }

    DatabaseAdmin admin() {
        return admin;
    }

    DatabaseServer server() {
        return server;
    }

    /**
     * A new user {@code r<9 random>} (10 characters, so {@code _clone} fits the functions' default 16-character
     * limit) with schema, table and grants at three levels, and a random alphanumeric password.
     */
    DbUser newUser() {
        String name = "r" + random("abcdefghijklmnopqrstuvwxyz0123456789", 9);
        String password = random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 24);
        synchronized (users) {
            users.add(name);
        }
        adminExecute("CREATE DATABASE `" + name + "`",
                "CREATE TABLE `" + name + "`.`t` (id INT PRIMARY KEY, note VARCHAR(20))",
                "CREATE USER '" + name + "'@'%' IDENTIFIED BY '" + password + "'",
                "GRANT SELECT, INSERT, UPDATE ON `" + name + "`.* TO '" + name + "'@'%'",
                "GRANT DELETE, SELECT (id), UPDATE (note) ON `" + name + "`.`t` TO '" + name + "'@'%'");
        return new DbUser(name, password);
    }

    /** The secret of {@code user} for {@code function}: engine, host, port, username, password, dbname, masterarn. */
    String newSecret(ReferenceFunction function, DbUser user) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("engine", engineName(server.engine()));
        value.put("host", server.host());
        value.put("port", server.port());
        value.put("username", user.name());
        value.put("password", user.password());
        value.put("dbname", user.name());
        if (function.alternating()) {
            value.put("masterarn", adminSecretArn);
        }
        value.put("team", "payments");
        String secretString = json(value);
        return sm.createSecret(r -> r.name("fnit/" + function.id() + "/" + UUID.randomUUID())
                .secretString(secretString)).arn();
    }

    /** RotateSecret with the named function and waits for the rotation to finish. */
    RotationRecord rotate(String secretArn, String functionName) throws InterruptedException {
        String token = sm.rotateSecret(r -> r.secretId(secretArn).rotationLambdaARN(functionArn(functionName)))
                .versionId();
        RotationRecord record = emulator.admin().awaitRotation(token, Duration.ofMillis(WAIT_MILLIS))
                .orElseThrow(() -> new AssertionError("no rotation recorded for " + token));
        if (!record.status().finished()) {
            throw new AssertionError("rotation " + token + " did not finish within " + WAIT_MILLIS + " ms: " + record);
        }
        return record;
    }

    /** The ARN RotateSecret names a registered function by. */
    String functionArn(String functionName) {
        return emulator.admin().functions().stream().filter(f -> f.name().equals(functionName)).findFirst()
                .orElseThrow(() -> new AssertionError("no function " + functionName)).arn();
    }

    /**
     * Invokes one step of the function directly, as Secrets Manager does (and does again when it retries), through the
     * admin interface's {@code invoke}.
     */
    Invocation step(String functionName, String step, String secretArn, String token) {
        Map<String, String> event = new LinkedHashMap<>();
        event.put("Step", step);
        event.put("SecretId", secretArn);
        event.put("ClientRequestToken", token);
        event.put("RotationToken", UUID.randomUUID().toString());
        return emulator.admin().invoke(functionArn(functionName), json(event));
    }

    Map<String, Object> valueAt(String secretArn, String stage) {
        return parse(sm.getSecretValue(r -> r.secretId(secretArn).versionStage(stage)).secretString());
    }

    Map<String, Object> valueOf(String secretArn, String versionId) {
        return parse(sm.getSecretValue(r -> r.secretId(secretArn).versionId(versionId)).secretString());
    }

    Map<String, List<String>> stages(String secretArn) {
        return sm.describeSecret(r -> r.secretId(secretArn)).versionIdsToStages();
    }

    /** Whether the credentials in a secret value log in (and run SELECT 1). */
    boolean logsIn(Map<String, Object> value) {
        return admin.login((String) value.get("username"), (String) value.get("password")).accepted();
    }

    /** {@code SHOW GRANTS} of {@code user}@'%' with the user's name replaced and MariaDB's password hash dropped. */
    List<String> grantsWithoutName(String user) {
        Pattern name = Pattern.compile("[`']" + Pattern.quote(user) + "[`']@");
        return admin.showGrants(user).stream()
                .map(g -> name.matcher(g).replaceAll("`USER`@"))
                .map(g -> g.replaceAll(" IDENTIFIED BY PASSWORD '[^']*'", ""))
                .sorted().toList();
    }

    void lockAccount(String user) {
        adminExecute("ALTER USER '" + user + "'@'%' ACCOUNT LOCK");
    }

    void unlockAccount(String user) {
        adminExecute("ALTER USER '" + user + "'@'%' ACCOUNT UNLOCK");
    }

    private void adminExecute(String... statements) {
        try (Connection c = server.connectAsAdmin(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new DatabaseException("admin statement failed on " + server.description() + ": "
                    + e.getMessage(), e);
        }
    }

    static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a JSON object: " + e.getOriginalMessage(), e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String engineName(Engine engine) {
        return engine == Engine.MARIADB ? "mariadb" : "mysql";
    }

    private static String random(String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Drops the users (and their clones and schemas) the tests made, then stops the emulator and the container. */
    @Override
    public void close() {
        try {
            List<String> drops = new ArrayList<>();
            synchronized (users) {
                for (String user : users) {
                    drops.add("DROP USER IF EXISTS '" + user + "'@'%'");
                    drops.add("DROP USER IF EXISTS '" + user + "_clone'@'%'");
                    drops.add("DROP DATABASE IF EXISTS `" + user + "`");
                }
            }
            if (!drops.isEmpty()) {
                adminExecute(drops.toArray(String[]::new));
            }
        } catch (RuntimeException ignored) {
            // the container goes away next
        } finally {
            try {
                sm.close();
                emulator.stop();
            } finally {
                server.close();
            }
        }
    }
}
