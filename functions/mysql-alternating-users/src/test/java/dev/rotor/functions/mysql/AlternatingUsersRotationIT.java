package dev.rotor.functions.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;
import dev.rotor.functions.mysql.common.Account;
import dev.rotor.functions.mysql.common.DatabaseSession;
import dev.rotor.functions.mysql.common.FunctionEnvironment;
import dev.rotor.functions.mysql.common.MySqlConnector;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.SecretValue;
import dev.rotor.functions.mysql.testing.InMemorySecretsManager;
import dev.rotor.functions.mysql.testing.TestDatabase;
import dev.rotor.functions.mysql.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Alternating-users rotation against a real MySQL 8 and a real MariaDB, or the external server (see {@link TestServer}). */
@ParameterizedClass(name = TestServer.NAME)
@MethodSource(TestServer.ALL)
@ExtendWith(TestServer.Available.class)
class AlternatingUsersRotationIT {

    private static final String NASTY = "Ab1 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final String ID = "arn:aws:secretsmanager:us-east-1:123456789012:secret:alt-AbCdEf";
    private static final String ADMIN_ID = "arn:aws:secretsmanager:us-east-1:123456789012:secret:admin-AbCdEf";

    private final TestServer server;
    private TestDatabase db;
    private final String user = TestDatabase.uniqueUser("au");
    private final String clone = user + "_clone";
    private InMemorySecretsManager secrets;
    private AlternatingUsersRotationHandler handler;

    AlternatingUsersRotationIT(TestServer server) {
        this.server = server;
    }

    @BeforeEach
    void createUserAndSecrets() throws Exception {
        db = server.database();
        db.admin("CREATE USER `" + user + "`@`%` IDENTIFIED BY 'initial-Pw1'",
                "GRANT SELECT, INSERT ON `" + db.database + "`.* TO `" + user + "`@`%`",
                "GRANT UPDATE (`User`) ON `mysql`.`user` TO `" + user + "`@`%`");
        secrets = new InMemorySecretsManager()
                .secret(ID, "{\"engine\":\"mysql\",\"host\":\"" + db.host + "\",\"port\":" + db.port
                        + ",\"username\":\"" + user + "\",\"password\":\"initial-Pw1\",\"dbname\":\"" + db.database
                        + "\",\"masterarn\":\"" + ADMIN_ID + "\",\"owner\":\"team-x\"}")
                .secret(ADMIN_ID, "{\"engine\":\"mysql\",\"host\":\"" + db.host + "\",\"port\":" + db.port
                        + ",\"username\":\"" + db.adminUser + "\",\"password\":\"" + db.adminPassword + "\"}");
        handler = new AlternatingUsersRotationHandler(secrets, PasswordPolicy.from(new FunctionEnvironment(Map.of())),
                new AlternateUsername(16), MySqlConnector::new);
    }

    @AfterEach
    void dropUsers() {
        if (db != null) { // null when no server could be started
            db.dropUsers(user, clone);
        }
    }

    private void rotate(String token) {
        secrets.pendingToken(ID, token);
        for (String step : List.of("createSecret", "setSecret", "testSecret", "finishSecret")) {
            handler.handleRequest(new SecretsManagerRotationEvent(step, ID, token, null), null);
        }
    }

    private SecretValue version(String stage) {
        return SecretValue.parse(secrets.valueOf(ID, stage));
    }

    private boolean logsIn(String stage) {
        SecretValue value = version(stage);
        return db.canLogIn(value.text("username").orElseThrow(), value.text("password").orElseThrow());
    }

    @Test
    void theFirstRotationCreatesTheCloneWithTheSameGrants() throws Exception {
        secrets.nextPassword(NASTY);

        rotate("t1");

        assertThat(version("AWSCURRENT").text("username")).contains(clone);
        assertThat(db.canLogIn(clone, NASTY)).isTrue();
        assertThat(db.canLogIn(user, "initial-Pw1")).as("the previous user still works").isTrue();
        assertThat(db.normalisedGrants(clone)).isEqualTo(db.normalisedGrants(user));
        assertThat(version("AWSCURRENT").text("owner")).contains("team-x");
    }

    @Test
    void afterEveryRotationBothUsersLogInAndTheirGrantsMatch() throws Exception {
        for (String token : List.of("t1", "t2", "t3")) {
            rotate(token);

            assertThat(logsIn("AWSCURRENT")).as("AWSCURRENT after %s", token).isTrue();
            assertThat(logsIn("AWSPREVIOUS")).as("AWSPREVIOUS after %s", token).isTrue();
            assertThat(db.normalisedGrants(clone)).isEqualTo(db.normalisedGrants(user));
        }
        assertThat(version("AWSCURRENT").text("username")).contains(clone);
    }

    @Test
    void theTlsRequirementIsCopied() throws Exception {
        // a user with this requirement cannot log in here (no client certificate), so clone it directly as admin
        db.admin("ALTER USER `" + user + "`@`%` REQUIRE ISSUER '/CN=O''Brien CA' AND SUBJECT '/CN=rotor-test'");

        try (DatabaseSession admin = new DatabaseSession(db.login(db.adminUser, db.adminPassword))) {
            UserCloner cloner = new UserCloner(admin, System.out::println);
            cloner.cloneInto(cloner.accountOf(user), Account.anyHost(clone), NASTY);
        }

        String requirement = "SELECT CONCAT(ssl_type, '|', CONVERT(x509_issuer USING utf8mb4), '|', "
                + "CONVERT(x509_subject USING utf8mb4)) FROM mysql.user WHERE User = ";
        assertThat(db.adminQuery(requirement + "'" + clone + "'"))
                .containsExactly("SPECIFIED|/CN=O'Brien CA|/CN=rotor-test")
                .isEqualTo(db.adminQuery(requirement + "'" + user + "'"));
        assertThat(db.normalisedGrants(clone)).isEqualTo(db.normalisedGrants(user));
    }

    @Test
    void setSecretRunTwiceIsHarmless() {
        secrets.pendingToken(ID, "t1");
        for (String step : List.of("createSecret", "setSecret", "setSecret", "testSecret", "finishSecret",
                "finishSecret")) {
            handler.handleRequest(new SecretsManagerRotationEvent(step, ID, "t1", null), null);
        }

        assertThat(logsIn("AWSCURRENT")).isTrue();
        assertThat(logsIn("AWSPREVIOUS")).isTrue();
    }

    @Test
    void aBrokenCurrentPasswordStopsTheRotationBeforeTheAdminActs() throws Exception {
        db.admin("ALTER USER `" + user + "`@`%` IDENTIFIED BY 'changed-by-hand'");
        secrets.pendingToken(ID, "t1");
        handler.handleRequest(new SecretsManagerRotationEvent("createSecret", ID, "t1", null), null);

        assertThatThrownBy(() -> handler.handleRequest(new SecretsManagerRotationEvent("setSecret", ID, "t1", null),
                null)).hasMessageContaining("current credentials");
        assertThat(db.adminQuery("SELECT User FROM mysql.user WHERE User = '" + clone + "'")).isEmpty();
    }
}
