package dev.rotor.testcontainers;

import com.amazonaws.secretsmanager.caching.SecretCache;
import com.amazonaws.secretsmanager.sql.AWSSecretsManagerMySQLDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AWS's own client libraries, unmodified from Maven Central, pointed at Rotor as the README says: the JDBC driver
 * ({@code aws-secretsmanager-jdbc}, against a real MySQL) and the caching client
 * ({@code aws-secretsmanager-caching-java}).
 */
@ExtendWith(LocalRotorImage.class)
class ClientLibrariesIT {

    private static final List<String> JDBC_PROPERTIES = List.of("drivers.vpcEndpointUrl",
            "drivers.vpcEndpointRegion", "aws.accessKeyId", "aws.secretAccessKey");

    private static RotorContainer rotor;
    private static MySQLContainer mysql;
    private static SecretsManagerClient secretsManager;
    private static final String ROOT_PASSWORD = "Root-" + UUID.randomUUID();

    @BeforeAll
    static void start() {
        rotor = new RotorContainer(LocalRotorImage.name());
        rotor.start();
        secretsManager = Clients.secretsManager(rotor);
        String image = System.getenv().getOrDefault("ROTOR_MYSQL_IMAGE", "mysql:8.4");
        mysql = new MySQLContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("mysql"))
                .withDatabaseName("shop").withUsername("app").withPassword(ROOT_PASSWORD);
        mysql.start();
    }

    @AfterAll
    static void stop() {
        JDBC_PROPERTIES.forEach(System::clearProperty);
        for (AutoCloseable resource : new AutoCloseable[] {secretsManager, mysql, rotor}) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception ignored) {
                // best effort
            }
        }
    }

    /** A database secret for the application user {@code app} with this password. */
    private static String databaseSecret(String password) {
        return "{\"engine\":\"mysql\",\"host\":\"" + mysql.getHost() + "\",\"port\":" + mysql.getMappedPort(3306)
                + ",\"username\":\"app\",\"password\":\"" + password + "\",\"dbname\":\"shop\"}";
    }

    private static String wrappedUrl() {
        return "jdbc-secretsmanager:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(3306) + "/shop";
    }

    private static String currentUser(Connection connection) throws Exception {
        try (var rows = connection.createStatement().executeQuery("SELECT CURRENT_USER()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void theJdbcDriverConfiguredByItsVpcEndpointPropertiesLogsInAndFollowsAPasswordChange() throws Exception {
        String secret = "jdbc-" + UUID.randomUUID();
        secretsManager.createSecret(r -> r.name(secret).secretString(databaseSecret(ROOT_PASSWORD)));
        System.setProperty("drivers.vpcEndpointUrl", rotor.getEndpoint().toString());
        System.setProperty("drivers.vpcEndpointRegion", rotor.getRegion());
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        Class.forName(AWSSecretsManagerMySQLDriver.class.getName()); // registers the driver, reading the properties

        try (Connection connection = DriverManager.getConnection(wrappedUrl(), secret, null)) {
            assertThat(currentUser(connection)).startsWith("app@");
        }

        // a rotation as the application sees it: the password changes, then the secret; the driver's cached value is
        // refused, it re-reads the secret from Rotor and logs in
        String next = "Next-" + UUID.randomUUID();
        try (Connection root = DriverManager.getConnection(mysql.getJdbcUrl(), "root", ROOT_PASSWORD)) {
            root.createStatement().execute("ALTER USER 'app'@'%' IDENTIFIED BY '" + next + "'");
        }
        secretsManager.putSecretValue(r -> r.secretId(secret).secretString(databaseSecret(next)));
        try (Connection connection = DriverManager.getConnection(wrappedUrl(), secret, null)) {
            assertThat(currentUser(connection)).startsWith("app@");
        }
    }

    @Test
    void theJdbcDriverFindsRotorThroughTheSdkEnvironmentVariablesAlone() throws Exception {
        String secret = "jdbc-env-" + UUID.randomUUID();
        secretsManager.createSecret(r -> r.name(secret).secretString(databaseSecret(ROOT_PASSWORD)));
        // a separate JVM: environment variables only, no system properties
        ProcessBuilder probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), JdbcDriverProbe.class.getName(), wrappedUrl(), secret)
                .redirectErrorStream(true);
        Map<String, String> environment = probe.environment();
        environment.keySet().removeIf(key -> key.startsWith("AWS_"));
        environment.putAll(Map.of("AWS_ENDPOINT_URL_SECRETS_MANAGER", rotor.getEndpoint().toString(),
                "AWS_REGION", rotor.getRegion(), "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test"));
        Process process = probe.start();
        String output = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("logged in as app@");
    }

    @Test
    void theCachingClientReadsThroughRotorAndSeesTheNewVersionAfterARefresh() {
        String secret = "cached-" + UUID.randomUUID();
        secretsManager.createSecret(r -> r.name(secret).secretString("v1"));
        try (SecretCache cache = new SecretCache(Clients.builderFor(rotor))) {
            assertThat(cache.getSecretString(secret)).isEqualTo("v1");

            secretsManager.putSecretValue(r -> r.secretId(secret).secretString("v2"));
            assertThat(cache.getSecretString(secret)).as("still cached").isEqualTo("v1");
            assertThat(cache.refreshNow(secret)).isTrue();
            assertThat(cache.getSecretString(secret)).isEqualTo("v2");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
