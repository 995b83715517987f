package dev.rotor.functions.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;
import dev.rotor.functions.mysql.common.DbCredentials;
import dev.rotor.functions.mysql.common.FunctionEnvironment;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.SecretValue;
import dev.rotor.functions.mysql.testing.InMemorySecretsManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Step logic without a database: every login is refused, so only what happens before or instead of SQL shows. */
class AlternatingUsersRotationHandlerTest {

    private static final String ID = "arn:aws:secretsmanager:us-east-1:123456789012:secret:app-AbCdEf";
    private static final String CURRENT = "{\"engine\":\"mysql\",\"host\":\"db\",\"username\":\"app\","
            + "\"password\":\"old\",\"masterarn\":\"admin-secret\",\"extra\":\"kept\"}";

    private final InMemorySecretsManager secrets = new InMemorySecretsManager().secret(ID, CURRENT)
            .pendingToken(ID, "t1");
    private final List<DbCredentials> logins = new ArrayList<>();
    private final AlternatingUsersRotationHandler handler = new AlternatingUsersRotationHandler(secrets,
            PasswordPolicy.from(new FunctionEnvironment(Map.of())), new AlternateUsername(16),
            log -> credentials -> {
                logins.add(credentials);
                return Optional.empty();
            });

    private void run(String step) {
        handler.handleRequest(new SecretsManagerRotationEvent(step, ID, "t1", null), null);
    }

    @Test
    void createSecretSwitchesToTheCloneUserAndKeepsEveryOtherKey() {
        secrets.nextPassword("n3w");

        run("createSecret");

        assertThat(secrets.valueOf(ID, "AWSPENDING")).isEqualTo("{\"engine\":\"mysql\",\"host\":\"db\","
                + "\"username\":\"app_clone\",\"password\":\"n3w\",\"masterarn\":\"admin-secret\",\"extra\":\"kept\"}");
        assertThat(secrets.puts()).singleElement().satisfies(put -> assertThat(put.rotationToken()).isNull());
    }

    @Test
    void createSecretSwitchesBackFromTheClone() {
        InMemorySecretsManager cloned = new InMemorySecretsManager()
                .secret(ID, CURRENT.replace("\"app\"", "\"app_clone\"")).pendingToken(ID, "t1");
        new AlternatingUsersRotationHandler(cloned, PasswordPolicy.from(new FunctionEnvironment(Map.of())),
                new AlternateUsername(16), log -> c -> Optional.empty())
                .handleRequest(new SecretsManagerRotationEvent("createSecret", ID, "t1", null), null);

        assertThat(SecretValue.parse(cloned.valueOf(ID, "AWSPENDING")).text("username")).contains("app");
    }

    @Test
    void createSecretFailsWhenTheCloneNameIsTooLong() {
        InMemorySecretsManager longName = new InMemorySecretsManager()
                .secret(ID, CURRENT.replace("\"app\"", "\"application_user\"")).pendingToken(ID, "t1");

        assertThatThrownBy(() -> new AlternatingUsersRotationHandler(longName,
                PasswordPolicy.from(new FunctionEnvironment(Map.of())), new AlternateUsername(16),
                log -> c -> Optional.empty())
                .handleRequest(new SecretsManagerRotationEvent("createSecret", ID, "t1", null), null))
                .hasMessageContaining("would exceed 16 characters");
        assertThat(longName.puts()).isEmpty();
    }

    @Test
    void theEngineKeyIsRequired() {
        InMemorySecretsManager noEngine = new InMemorySecretsManager()
                .secret(ID, CURRENT.replace("\"engine\":\"mysql\",", "")).pendingToken(ID, "t1");

        assertThatThrownBy(() -> new AlternatingUsersRotationHandler(noEngine,
                PasswordPolicy.from(new FunctionEnvironment(Map.of())), new AlternateUsername(16),
                log -> c -> Optional.empty())
                .handleRequest(new SecretsManagerRotationEvent("createSecret", ID, "t1", null), null))
                .hasMessage("engine key is missing from secret JSON");
    }

    @Test
    void setSecretRefusesAPendingUserThatIsNotTheCurrentUsersTwin() {
        secrets.putSecretValue(b -> b.secretId(ID).clientRequestToken("t1").versionStages("AWSPENDING")
                .secretString(CURRENT.replace("\"app\"", "\"root\"")));

        assertThatThrownBy(() -> run("setSecret"))
                .hasMessage("setSecret: Attempting to modify user root other than current user or clone app");
        assertThat(logins).hasSize(1);
    }

    @Test
    void setSecretRefusesAnotherHost() {
        secrets.putSecretValue(b -> b.secretId(ID).clientRequestToken("t1").versionStages("AWSPENDING")
                .secretString(CURRENT.replace("\"app\"", "\"app_clone\"").replace("\"db\"", "\"other\"")));

        assertThatThrownBy(() -> run("setSecret")).hasMessageContaining("host other other than current host db");
    }

    @Test
    void setSecretNeedsTheCurrentCredentialsToWorkBeforeTouchingTheAdminSecret() {
        run("createSecret");

        assertThatThrownBy(() -> run("setSecret"))
                .hasMessageContaining("Unable to log into database using current credentials");
        assertThat(logins).extracting(DbCredentials::username).containsExactly("app_clone", "app");
    }
}
