package dev.rotor.functions.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;
import dev.rotor.functions.mysql.common.DbCredentials;
import dev.rotor.functions.mysql.common.FunctionEnvironment;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.RotationFailedException;
import dev.rotor.functions.mysql.common.SecretValue;
import dev.rotor.functions.mysql.testing.InMemorySecretsManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Step logic without a database: every login is refused, so only what happens before or instead of SQL shows. */
class SingleUserRotationHandlerTest {

    private static final String ID = "arn:aws:secretsmanager:us-east-1:123456789012:secret:app-AbCdEf";
    private static final String CURRENT = "{\"engine\":\"mysql\",\"host\":\"db\",\"username\":\"app\","
            + "\"password\":\"old\",\"dbname\":\"shop\",\"custom\":{\"keep\":[1,\"two\"]}}";

    private final InMemorySecretsManager secrets = new InMemorySecretsManager().secret(ID, CURRENT)
            .pendingToken(ID, "t1");
    private final List<DbCredentials> logins = new ArrayList<>();
    private final SingleUserRotationHandler handler = new SingleUserRotationHandler(secrets,
            PasswordPolicy.from(new FunctionEnvironment(Map.of())), log -> credentials -> {
                logins.add(credentials);
                return Optional.empty();
            });

    private void run(String step, String token) {
        handler.handleRequest(new SecretsManagerRotationEvent(step, ID, token, "rotation-token-1"), null);
    }

    @Test
    void createSecretStoresANewPasswordAsAwsPendingKeepingEveryOtherKey() {
        secrets.nextPassword("n3w!pass");

        run("createSecret", "t1");

        SecretValue pending = SecretValue.parse(secrets.valueOf(ID, "AWSPENDING"));
        assertThat(pending.toJson()).isEqualTo(CURRENT.replace("\"old\"", "\"n3w!pass\""));
        assertThat(secrets.stagesOf(ID, "t1")).containsExactly("AWSPENDING");
        assertThat(secrets.puts()).singleElement().satisfies(put -> {
            assertThat(put.clientRequestToken()).isEqualTo("t1");
            assertThat(put.rotationToken()).isEqualTo("rotation-token-1");
            assertThat(put.versionStages()).containsExactly("AWSPENDING");
        });
    }

    @Test
    void createSecretRunTwiceMakesOnlyOnePassword() {
        run("createSecret", "t1");
        String first = secrets.valueOf(ID, "AWSPENDING");

        run("createSecret", "t1");

        assertThat(secrets.passwordsGenerated()).isEqualTo(1);
        assertThat(secrets.valueOf(ID, "AWSPENDING")).isEqualTo(first);
    }

    @Test
    void setSecretWithNoWorkingLoginFailsAfterTryingPendingThenCurrent() {
        run("createSecret", "t1");

        assertThatThrownBy(() -> run("setSecret", "t1"))
                .isInstanceOf(RotationFailedException.class)
                .hasMessageContaining("Unable to log into database");
        assertThat(logins).extracting(DbCredentials::password)
                .containsExactly(SecretValue.parse(secrets.valueOf(ID, "AWSPENDING")).text("password").orElseThrow(),
                        "old");
    }

    @Test
    void setSecretRefusesAPendingVersionForAnotherUser() {
        secrets.putSecretValue(b -> b.secretId(ID).clientRequestToken("t1").versionStages("AWSPENDING")
                .secretString(CURRENT.replace("\"app\"", "\"root\"")));

        assertThatThrownBy(() -> run("setSecret", "t1"))
                .hasMessage("setSecret: Attempting to modify user root other than current user app");
        assertThat(logins).hasSize(1); // only the pending login attempt, never current's
    }

    @Test
    void setSecretRefusesAPendingVersionForAnotherHost() {
        secrets.putSecretValue(b -> b.secretId(ID).clientRequestToken("t1").versionStages("AWSPENDING")
                .secretString(CURRENT.replace("\"db\"", "\"evil.example\"")));

        assertThatThrownBy(() -> run("setSecret", "t1"))
                .hasMessageContaining("host evil.example other than current host db");
    }

    @Test
    void testSecretFailsWhenThePendingPasswordDoesNotLogIn() {
        run("createSecret", "t1");

        assertThatThrownBy(() -> run("testSecret", "t1")).hasMessageContaining("pending secret");
    }

    @Test
    void finishSecretMovesAwsCurrentAndTheOldVersionBecomesPrevious() {
        run("createSecret", "t1");

        run("finishSecret", "t1");

        assertThat(secrets.stagesOf(ID, "t1")).contains("AWSCURRENT");
        assertThat(secrets.stagesOf(ID, "v0")).containsExactly("AWSPREVIOUS");
    }

    @Test
    void onceTheTokenIsCurrentEveryStepIsANoOp() {
        run("createSecret", "t1");
        run("finishSecret", "t1");
        int calls = secrets.calls().size();

        for (String step : List.of("createSecret", "setSecret", "testSecret", "finishSecret", "unknownStep")) {
            run(step, "t1");
        }

        assertThat(secrets.calls().subList(calls, secrets.calls().size())).containsOnly("DescribeSecret");
        assertThat(logins).isEmpty();
    }

    @Test
    void aTokenThatIsNoVersionOfTheSecretFails() {
        assertThatThrownBy(() -> run("createSecret", "nope")).hasMessageContaining("has no stage for rotation");
        assertThat(secrets.puts()).isEmpty();
    }

    @Test
    void aTokenThatIsAlreadyCurrentChangesNothing() {
        run("createSecret", "v0");

        assertThat(secrets.puts()).isEmpty();
        assertThat(secrets.stagesOf(ID, "t1")).containsExactly("AWSPENDING");
    }

    @Test
    void anUnknownStepFailsAfterThePreamble() {
        assertThatThrownBy(() -> run("rotateEverything", "t1")).hasMessage("Invalid step parameter rotateEverything");
    }

    @Test
    void aDisabledRotationFails() {
        secrets.rotationEnabled(ID, false);

        assertThatThrownBy(() -> run("createSecret", "t1")).hasMessageContaining("is not enabled for rotation");
    }
}
