package dev.rotor.functions.mysql.broken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;
import dev.rotor.functions.mysql.common.FunctionEnvironment;
import dev.rotor.functions.mysql.common.MySqlConnector;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.RotationFailedException;
import dev.rotor.functions.mysql.common.SecretValue;
import dev.rotor.functions.mysql.testing.InMemorySecretsManager;
import dev.rotor.functions.mysql.testing.TestDatabase;
import dev.rotor.functions.mysql.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each broken function against a real MySQL 8 and a real MariaDB, or the external server (see {@link TestServer}),
 * asserting what the harness will observe. The user gets {@code SELECT, INSERT} on the test database (the
 * container's, or {@code ROTOR_IT_DB_NAME}), which the secret names as {@code dbname}.
 */
@ParameterizedClass(name = TestServer.NAME)
@MethodSource(TestServer.ALL)
@ExtendWith(TestServer.Available.class)
class BrokenFixturesIT {

    private static final String ID = "arn:aws:secretsmanager:us-east-1:123456789012:secret:broken-AbCdEf";
    private static final String ADMIN_ID = "arn:aws:secretsmanager:us-east-1:123456789012:secret:admin-AbCdEf";
    private static final PasswordPolicy PASSWORDS = PasswordPolicy.from(new FunctionEnvironment(Map.of()));

    private final TestServer server;
    private TestDatabase db;
    private final String user = TestDatabase.uniqueUser("bf");
    private final String clone = user + "_clone";
    private InMemorySecretsManager secrets;

    BrokenFixturesIT(TestServer server) {
        this.server = server;
    }

    @BeforeEach
    void createUserAndSecrets() throws Exception {
        db = server.database();
        db.admin("CREATE USER `" + user + "`@`%` IDENTIFIED BY 'initial-Pw1'",
                "GRANT SELECT, INSERT ON `" + db.database + "`.* TO `" + user + "`@`%`");
        secrets = new InMemorySecretsManager()
                .secret(ID, "{\"engine\":\"mysql\",\"host\":\"" + db.host + "\",\"port\":" + db.port
                        + ",\"username\":\"" + user + "\",\"password\":\"initial-Pw1\",\"dbname\":\"" + db.database
                        + "\",\"masterarn\":\"" + ADMIN_ID + "\",\"note\":\"team-x\"}")
                .secret(ADMIN_ID, "{\"engine\":\"mysql\",\"host\":\"" + db.host + "\",\"port\":" + db.port
                        + ",\"username\":\"" + db.adminUser + "\",\"password\":\"" + db.adminPassword + "\"}")
                .pendingToken(ID, "t1");
    }

    @AfterEach
    void dropUsers() {
        if (db != null) { // null when no server could be started
            db.dropUsers(user, clone);
        }
    }

    private static void step(RequestHandler<SecretsManagerRotationEvent, Void> handler, String step) {
        handler.handleRequest(new SecretsManagerRotationEvent(step, ID, "t1", null), null);
    }

    private static void rotate(RequestHandler<SecretsManagerRotationEvent, Void> handler) {
        for (String step : List.of("createSecret", "setSecret", "testSecret", "finishSecret")) {
            step(handler, step);
        }
    }

    private SecretValue version(String stage) {
        return SecretValue.parse(secrets.valueOf(ID, stage));
    }

    private boolean logsIn(SecretValue version) {
        return db.canLogIn(version.text("username").orElseThrow(), version.text("password").orElseThrow());
    }

    @Test
    void finishNeverMovesCurrentLeavesAwsPendingAndAnAwsCurrentThatNoLongerLogsIn() {
        rotate(new FinishNeverMovesCurrent(secrets, PASSWORDS, MySqlConnector::new));

        assertThat(secrets.stagesOf(ID, "v0")).containsExactly("AWSCURRENT");
        assertThat(secrets.stagesOf(ID, "t1")).containsExactly("AWSPENDING");
        // setSecret did change the password: the secret's AWSCURRENT is now stale as well
        assertThat(logsIn(version("AWSCURRENT"))).isFalse();
        assertThat(logsIn(version("AWSPENDING"))).isTrue();
    }

    @Test
    void newPasswordOnEveryCreateFailsOnARepeatedCreateSecret() {
        NewPasswordOnEveryCreate handler = new NewPasswordOnEveryCreate(secrets, PASSWORDS, MySqlConnector::new);
        step(handler, "createSecret");

        assertThatThrownBy(() -> step(handler, "createSecret")).hasMessageContaining("existing version");
    }

    @Test
    void singleUserKeepsOldPasswordSucceedsAndThePreviousPasswordStillLogsIn() {
        rotate(new SingleUserKeepsOldPassword(secrets, PASSWORDS, MySqlConnector::new));

        assertThat(secrets.stagesOf(ID, "t1")).contains("AWSCURRENT"); // the double leaves AWSPENDING: the service removes it
        assertThat(secrets.stagesOf(ID, "v0")).containsExactly("AWSPREVIOUS");
        assertThat(logsIn(version("AWSCURRENT"))).isTrue();
        assertThat(db.canLogIn(user, "initial-Pw1")).isTrue();
    }

    @Test
    void loginBreakerSucceedsWithAnAwsCurrentThatCannotLogIn() {
        rotate(new LoginBreaker(secrets, PASSWORDS, MySqlConnector::new));

        assertThat(secrets.stagesOf(ID, "t1")).contains("AWSCURRENT"); // the double leaves AWSPENDING: the service removes it
        assertThat(logsIn(version("AWSCURRENT"))).isFalse();
        assertThat(db.canLogIn(user, "initial-Pw1")).isFalse();
        assertThat(db.canLogIn(user, version("AWSCURRENT").text("password").orElseThrow() + LoginBreaker.WRONG_SUFFIX))
                .isTrue();
    }

    @Test
    void dropsCustomKeysSucceedsWithoutTheCustomKey() {
        rotate(new DropsCustomKeys(secrets, PASSWORDS, MySqlConnector::new));

        assertThat(secrets.stagesOf(ID, "t1")).contains("AWSCURRENT"); // the double leaves AWSPENDING: the service removes it
        assertThat(logsIn(version("AWSCURRENT"))).isTrue();
        assertThat(version("AWSPREVIOUS").has("note")).isTrue();
        assertThat(version("AWSCURRENT").has("note")).isFalse();
    }

    @Test
    void alternatingWithoutGrantsLeavesTheCloneWithoutGrantsSoItCannotUseTheDatabase() throws Exception {
        AlternatingWithoutGrants handler = new AlternatingWithoutGrants(secrets, PASSWORDS, MySqlConnector::new);
        step(handler, "createSecret");
        step(handler, "setSecret");

        assertThat(db.normalisedGrants(clone)).isNotEqualTo(db.normalisedGrants(user));
        assertThat(db.normalisedGrants(clone)).noneMatch(grant -> grant.contains(db.database));
        // with a dbname the clone may not use, the reference testSecret refuses the rotation
        assertThatThrownBy(() -> step(handler, "testSecret")).isInstanceOf(RotationFailedException.class)
                .hasMessageContaining("Unable to log into database with pending secret");
    }

    @Test
    void alternatingExtraGrantSucceedsWithAMorePrivilegedClone() throws Exception {
        rotate(new AlternatingExtraGrant(secrets, PASSWORDS, MySqlConnector::new));

        assertThat(secrets.stagesOf(ID, "t1")).contains("AWSCURRENT"); // the double leaves AWSPENDING: the service removes it
        assertThat(logsIn(version("AWSCURRENT"))).isTrue();
        List<String> expected = new ArrayList<>(db.normalisedGrants(user));
        assertThat(db.normalisedGrants(clone)).isNotEqualTo(expected).anyMatch(grant -> grant.contains("PROCESS"));
    }

    @Test
    void setSecretChangesCurrentUserLocksOutAwsCurrentDuringAndAwsPreviousAfterTheRotation() {
        SetSecretChangesCurrentUser handler = new SetSecretChangesCurrentUser(secrets, PASSWORDS,
                MySqlConnector::new);
        step(handler, "createSecret");
        assertThat(logsIn(version("AWSCURRENT"))).isTrue();

        step(handler, "setSecret");
        assertThat(logsIn(version("AWSCURRENT"))).isFalse(); // a client holding AWSCURRENT is refused now

        step(handler, "testSecret");
        step(handler, "finishSecret");
        assertThat(version("AWSCURRENT").text("username")).contains(clone);
        assertThat(logsIn(version("AWSCURRENT"))).isTrue();
        assertThat(logsIn(version("AWSPREVIOUS"))).isFalse();
    }
}
