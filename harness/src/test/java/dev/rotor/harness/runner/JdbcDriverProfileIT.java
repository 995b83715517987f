package dev.rotor.harness.runner;

import com.amazonaws.secretsmanager.caching.SecretCache;
import com.amazonaws.secretsmanager.sql.AWSSecretsManagerMySQLDriver;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.admin.Fault;
import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.harness.action.RotationSummary;
import dev.rotor.harness.clients.Attempt;
import dev.rotor.harness.clients.Client;
import dev.rotor.harness.clients.ClientEnvironment;
import dev.rotor.harness.database.ContainerEngine;
import dev.rotor.harness.database.DatabaseProvider;
import dev.rotor.harness.database.DatabaseServer;
import dev.rotor.harness.database.Engine;
import dev.rotor.harness.result.ClientProfile;
import dev.rotor.harness.scenario.Scenario;
import dev.rotor.harness.scenario.Setup;
import dev.rotor.harness.scenario.Strategy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code jdbc-driver} profile is the real AWS JDBC secrets driver (aws-secretsmanager-jdbc, its MySQL driver with
 * its own caching client), and {@code cached} the real caching client without retries: at the same points of the
 * same rotations, the profile and the real library connect or fail alike, with the same message. The points are
 * exact (a rotation stopped after setSecret by a fault, then reattempted), not a race of timings.
 */
@ExtendWith(ContainerEngine.class)
class JdbcDriverProfileIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DatabaseServer server;
    private static Emulator emulator;
    private static SecretsManagerClient sm;

    @BeforeAll
    static void start() {
        ContainerEngine.require();
        // the driver class registers a default instance when loaded; it needs a region, never used here
        System.setProperty("drivers.region", "us-east-1");
        server = DatabaseProvider.container().start(Engine.MYSQL);
        emulator = Emulator.start(EmulatorConfig.defaults());
        sm = SecretsManagerClient.builder().endpointOverride(emulator.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterAll
    static void stop() {
        if (sm != null) {
            sm.close();
        }
        if (emulator != null) {
            emulator.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void singleUserRotationStoppedAfterSetSecretLocksBothOutUntilItFinishes() throws Exception {
        try (Side side = new Side(Strategy.SINGLE_USER)) {
            side.bothConnect(true);
            side.rotateStoppingAfterSetSecret();
            side.bothConnect(false);
            side.finish();
            side.bothConnect(true);

            assertThat(side.driverOutcomes).containsExactly("connected", "Connect failed to authenticate: reached"
                    + " max connection retries", "connected");
        }
    }

    @Test
    void alternatingUsersSecondRotationRefusesTheCachedUserAndBothRecoverByRereading() throws Exception {
        try (Side side = new Side(Strategy.ALTERNATING_USERS)) {
            side.bothConnect(true);
            side.rotate();
            side.bothConnect(true);
            side.rotateStoppingAfterSetSecret();
            side.bothConnect(true);
            side.finish();
            side.bothConnect(true);

            assertThat(side.cachedOutcomes).as("the caching client never retries").containsExactly(true, true, false,
                    false);
        }
    }

    /** One scenario's secret and database, with the profile and the real library connecting side by side. */
    private static final class Side implements AutoCloseable {
        private final FunctionUnderTest function;
        private final ScenarioRun run;
        private final Client profile;
        private final Client cachedProfile;
        private final AWSSecretsManagerMySQLDriver driver;
        private final SecretCache cache;
        final List<String> driverOutcomes = new ArrayList<>();
        final List<Boolean> cachedOutcomes = new ArrayList<>();

        Side(Strategy strategy) throws InterruptedException {
            function = HarnessFixtures.reference(strategy);
            Scenario scenario = new Scenario("jdbc-driver-profile", "", Path.of("inline"), EnumSet.of(strategy),
                    EnumSet.of(Engine.MYSQL), Setup.defaults(), List.of(), Map.of(), "");
            run = new ScenarioSetup(function, emulator.admin(), sm, server).create(scenario, 42);
            profile = client(ClientProfile.JDBC_DRIVER);
            cachedProfile = client(ClientProfile.CACHED);
            driver = new AWSSecretsManagerMySQLDriver(sm);
            cache = new SecretCache(sm);
        }

        private Client client(ClientProfile p) {
            return Client.of(p, new ClientEnvironment(run.secret()::current, run.database()::login,
                    () -> emulator.admin().clock().now(), new SplittableRandom(1), ClientEnvironment.Sleeper.REAL));
        }

        /** The profile and the real driver connect (or not) alike; so do the cached profile and the caching client. */
        void bothConnect(boolean expected) throws InterruptedException {
            String real = realDriver();
            Attempt modelled = profile.connect();
            driverOutcomes.add(real);
            assertThat(modelled.connected()).as("the profile connects as the real driver does (%s)", real)
                    .isEqualTo(real.equals("connected")).isEqualTo(expected);
            if (!modelled.connected()) {
                assertThat(modelled.detail()).isEqualTo(real);
            }
            boolean realCached = cachingClient();
            assertThat(cachedProfile.connect().connected()).as("cached profile vs the caching client")
                    .isEqualTo(realCached);
            cachedOutcomes.add(realCached);
        }

        private String realDriver() {
            Properties info = new Properties();
            info.setProperty("user", run.secret().arn());
            String url = "jdbc-secretsmanager:mysql://" + server.host() + ":" + server.port() + "/?"
                    + DatabaseServer.CONNECTOR_PROPERTIES;
            try (Connection c = driver.connect(url, info); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT 1")) {
                return rs.next() ? "connected" : "no row";
            } catch (SQLException e) {
                return e.getMessage();
            }
        }

        /** What an application does with the caching client: read the cached secret, connect, no retry. */
        private boolean cachingClient() {
            try {
                JsonNode secret = JSON.readTree(cache.getSecretString(run.secret().arn()));
                try (Connection c = DriverManager.getConnection(server.jdbcUrl(), secret.get("username").asText(),
                        secret.get("password").asText())) {
                    return c.isValid(5);
                }
            } catch (SQLException | JsonProcessingException e) {
                return false;
            }
        }

        void rotate() throws InterruptedException {
            String token = sm.rotateSecret(r -> r.secretId(run.secret().arn())
                    .rotationLambdaARN(run.registered().arn())).versionId();
            assertThat(await(token).succeeded()).isTrue();
        }

        void rotateStoppingAfterSetSecret() throws InterruptedException {
            emulator.admin().armFault(new Fault.CannotRun(run.secret().arn(), RotationStep.TEST_SECRET, 1));
            String token = sm.rotateSecret(r -> r.secretId(run.secret().arn())
                    .rotationLambdaARN(run.registered().arn())).versionId();
            assertThat(await(token).failedStep()).isEqualTo(RotationStep.TEST_SECRET);
        }

        void finish() throws InterruptedException {
            assertThat(await(emulator.admin().retryRotation(run.secret().arn()).id()).succeeded()).isTrue();
        }

        private RotationSummary await(String id) throws InterruptedException {
            Duration timeout = function.rotationTimeout();
            return RotationSummary.of(emulator.admin().awaitRotation(id, timeout)
                    .orElseThrow(), timeout);
        }

        @Override
        public void close() throws SQLException {
            cache.close();
            DriverManager.deregisterDriver(driver);
            run.close();
        }
    }
}
