package dev.rotor.testcontainers;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.CreateSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Rotor image under {@link RotorContainer}: the real AWS SDK against it, and rotations through function jars
 * copied into it, one of them the reference function's installed {@code -lambda} artifact against a real MySQL.
 */
@ExtendWith(LocalRotorImage.class)
class RotorContainerIT {

    private static final String SINGLE_USER_HANDLER = "dev.rotor.functions.mysql.SingleUserRotationHandler";

    private static RotorContainer rotor;
    private static SecretsManagerClient secretsManager;

    @BeforeAll
    static void start() {
        rotor = new RotorContainer(LocalRotorImage.name())
                .withFunction(Path.of(System.getProperty("rotor.testFunctionsJar")), "service-rotation",
                        "dev.rotor.testfunctions.ServiceRotation")
                .withFunction(Path.of(System.getProperty("rotor.singleUserLambdaJar")), "mysql-single-user",
                        SINGLE_USER_HANDLER, Map.of("EXCLUDE_CHARACTERS", "/@\"'\\,"))
                .withRegion("eu-west-1").withAccountId("123456789012").withSyncRotation();
        rotor.start();
        secretsManager = Clients.secretsManager(rotor);
    }

    @AfterAll
    static void stop() {
        if (secretsManager != null) {
            secretsManager.close();
        }
        if (rotor != null) {
            rotor.stop();
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theAwsSdkCreatesReadsAndListsSecretsInTheContainer() {
        String name = unique("sdk");
        CreateSecretResponse created = secretsManager.createSecret(r -> r.name(name).secretString("s3cr3t"));
        secretsManager.putSecretValue(r -> r.secretId(name).secretString("s3cr3t-2"));

        assertThat(created.arn()).startsWith("arn:aws:secretsmanager:eu-west-1:123456789012:secret:" + name + "-");
        assertThat(secretsManager.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("s3cr3t-2");
        assertThat(secretsManager.getSecretValue(r -> r.secretId(name).versionStage("AWSPREVIOUS")).secretString())
                .isEqualTo("s3cr3t");
        assertThat(secretsManager.listSecrets(r -> r.filters(f -> f.key("name").values(name))).secretList())
                .extracting(s -> s.name()).containsExactly(name);
    }

    @Test
    void aFunctionJarCopiedIntoTheContainerRotatesASecret() throws Exception {
        String name = unique("service");
        secretsManager.createSecret(r -> r.name(name).secretString("first"));

        secretsManager.rotateSecret(r -> r.secretId(name).rotationLambdaARN(rotor.getFunctionArn("service-rotation"))
                .rotationRules(rules -> rules.automaticallyAfterDays(30L)));

        DescribeSecretResponse secret = secretsManager.describeSecret(r -> r.secretId(name));
        assertThat(secret.lastRotatedDate()).as(invocations("service-rotation")).isNotNull();
        assertThat(secretsManager.getSecretValue(r -> r.secretId(name)).secretString()).isNotEqualTo("first");
        assertThat(secretsManager.getSecretValue(r -> r.secretId(name).versionStage("AWSPREVIOUS")).secretString())
                .isEqualTo("first");
    }

    @Test
    void theInstalledLambdaArtifactOfTheReferenceFunctionRotatesARealMysqlUser() throws Exception {
        String initial = "Initial-" + UUID.randomUUID();
        try (MySQLContainer mysql = new MySQLContainer(DockerImageName.parse(mysqlImage())
                .asCompatibleSubstituteFor("mysql")).withDatabaseName("shop").withUsername("app")
                .withPassword(initial)) {
            mysql.start();
            // the function runs inside the Rotor container: it reaches MySQL on the engine's network
            String host = mysql.getContainerInfo().getNetworkSettings().getNetworks().values().iterator().next()
                    .getIpAddress();
            String name = unique("mysql");
            secretsManager.createSecret(r -> r.name(name).secretString("{\"engine\":\"mysql\",\"host\":\"" + host
                    + "\",\"port\":3306,\"username\":\"app\",\"password\":\"" + initial + "\",\"dbname\":\"shop\"}"));

            secretsManager.rotateSecret(r -> r.secretId(name)
                    .rotationLambdaARN(rotor.getFunctionArn("mysql-single-user"))
                    .rotationRules(rules -> rules.automaticallyAfterDays(30L)));

            String current = secretsManager.getSecretValue(r -> r.secretId(name)).secretString();
            String password = current.replaceAll(".*\"password\":\"([^\"]*)\".*", "$1");
            assertThat(password).as(invocations("mysql-single-user")).isNotEqualTo(initial).hasSize(32)
                    .doesNotContain(",");
            try (var connection = DriverManager.getConnection(mysql.getJdbcUrl(), "app", password);
                 var rows = connection.createStatement().executeQuery("SELECT CURRENT_USER()")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).startsWith("app@");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(mysql.getJdbcUrl(), "app", initial).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        }
    }

    @Test
    void theImageRunsAsAnUnprivilegedUserAndKeepsStateInItsVolume() throws Exception {
        String name = unique("durable");
        secretsManager.createSecret(r -> r.name(name).secretString("kept"));

        assertThat(rotor.execInContainer("id", "-u").getStdout().trim()).isEqualTo("10001");
        assertThat(rotor.execInContainer("ls", "/var/lib/rotor").getStdout()).contains("rotor.mv.db");
    }

    private static String mysqlImage() {
        String image = System.getenv("ROTOR_MYSQL_IMAGE");
        return image == null || image.isBlank() ? "mysql:8.4" : image;
    }

    /** The function's invocations as the control plane reports them: the failure message when a rotation fails. */
    private static String invocations(String function) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(rotor.getEndpoint() + "/_rotor/functions/" + function + "/invocations")).build(),
                HttpResponse.BodyHandlers.ofString());
        return function + " invocations: " + response.body();
    }
}
