package dev.rotor.functions.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;
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

/** Single-user rotation against a real MySQL 8 and a real MariaDB, or the external server (see {@link TestServer}). */
@ParameterizedClass(name = TestServer.NAME)
@MethodSource(TestServer.ALL)
@ExtendWith(TestServer.Available.class)
class SingleUserRotationIT {

    /** Every punctuation character GetRandomPassword can produce, plus space: the escaping must hold on a server. */
    private static final String NASTY = "Ab1 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final String ID = "arn:aws:secretsmanager:us-east-1:123456789012:secret:single-AbCdEf";

    private final TestServer server;
    private TestDatabase db;
    private final String user = TestDatabase.uniqueUser("su");
    private InMemorySecretsManager secrets;
    private SingleUserRotationHandler handler;

    SingleUserRotationIT(TestServer server) {
        this.server = server;
    }

    @BeforeEach
    void createUserAndSecret() throws Exception {
        db = server.database();
        db.admin("CREATE USER `" + user + "`@`%` IDENTIFIED BY 'initial-Pw1'",
                "GRANT SELECT ON `" + db.database + "`.* TO `" + user + "`@`%`");
        secrets = new InMemorySecretsManager().secret(ID, "{\"engine\":\"mysql\",\"host\":\"" + db.host
                + "\",\"port\":" + db.port + ",\"username\":\"" + user + "\",\"password\":\"initial-Pw1\","
                + "\"dbname\":\"" + db.database + "\",\"owner\":\"team-x\"}");
        handler = new SingleUserRotationHandler(secrets, PasswordPolicy.from(new FunctionEnvironment(Map.of())),
                MySqlConnector::new);
    }

    @AfterEach
    void dropUser() {
        if (db != null) { // null when no server could be started
            db.dropUsers(user);
        }
    }

    private void rotate(String token) {
        secrets.pendingToken(ID, token);
        for (String step : List.of("createSecret", "setSecret", "testSecret", "finishSecret")) {
            handler.handleRequest(new SecretsManagerRotationEvent(step, ID, token, null), null);
        }
    }

    private String password(String stage) {
        return SecretValue.parse(secrets.valueOf(ID, stage)).text("password").orElseThrow();
    }

    @Test
    void aRotationChangesThePasswordInTheDatabaseAndInTheSecret() {
        rotate("t1");

        assertThat(password("AWSCURRENT")).isNotEqualTo("initial-Pw1");
        assertThat(db.canLogIn(user, password("AWSCURRENT"))).isTrue();
        assertThat(db.canLogIn(user, "initial-Pw1")).isFalse();
        assertThat(SecretValue.parse(secrets.valueOf(ID, "AWSCURRENT")).text("owner")).contains("team-x");
    }

    @Test
    void aPasswordWithEveryPunctuationCharacterIsSetExactly() {
        secrets.nextPassword(NASTY);

        rotate("t1");

        assertThat(db.canLogIn(user, NASTY)).isTrue();
    }

    @Test
    void theEscapingHoldsUnderNoBackslashEscapes() throws Exception {
        List<String> mode = db.adminQuery("SELECT @@GLOBAL.sql_mode");
        db.admin("SET GLOBAL sql_mode = CONCAT(@@GLOBAL.sql_mode, ',NO_BACKSLASH_ESCAPES')");
        try {
            secrets.nextPassword(NASTY);

            rotate("t1");

            assertThat(db.canLogIn(user, NASTY)).isTrue();
        } finally {
            db.admin("SET GLOBAL sql_mode = '" + mode.get(0) + "'");
        }
    }

    @Test
    void everyStepRunTwiceGivesTheSameResult() {
        secrets.pendingToken(ID, "t1");
        for (String step : List.of("createSecret", "setSecret", "testSecret", "finishSecret")) {
            handler.handleRequest(new SecretsManagerRotationEvent(step, ID, "t1", null), null);
            handler.handleRequest(new SecretsManagerRotationEvent(step, ID, "t1", null), null);
        }

        assertThat(secrets.passwordsGenerated()).isEqualTo(1);
        assertThat(db.canLogIn(user, password("AWSCURRENT"))).isTrue();
    }

    @Test
    void whenOnlyThePreviousPasswordWorksSetSecretLogsInWithIt() throws Exception {
        rotate("t1");
        // the database went back to the AWSPREVIOUS password (a restore, a hand edit): current no longer logs in
        db.admin("ALTER USER `" + user + "`@`%` IDENTIFIED BY 'initial-Pw1'");

        rotate("t2");

        assertThat(db.canLogIn(user, password("AWSCURRENT"))).isTrue();
        assertThat(db.canLogIn(user, "initial-Pw1")).isFalse();
    }
}
