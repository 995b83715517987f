package dev.rotor.functions.mysql.broken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;
import dev.rotor.functions.mysql.common.DatabaseConnector;
import dev.rotor.functions.mysql.common.DbCredentials;
import dev.rotor.functions.mysql.common.FunctionEnvironment;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.SecretValue;
import dev.rotor.functions.mysql.testing.InMemorySecretsManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;

/** The defects that show without a database (every login is refused); BrokenFixturesIT shows the rest on a server. */
class BrokenFixturesTest {

    private static final String ID = "arn:aws:secretsmanager:us-east-1:123456789012:secret:app-AbCdEf";
    private static final String CURRENT = "{\"engine\":\"mysql\",\"host\":\"127.0.0.1\",\"port\":3306,"
            + "\"username\":\"app\",\"password\":\"old\",\"dbname\":\"shop\",\"note\":\"keep me\","
            + "\"custom\":{\"keep\":[1,\"two\"]},\"ratio\":1.10}";
    private static final PasswordPolicy PASSWORDS = PasswordPolicy.from(new FunctionEnvironment(Map.of()));

    private final InMemorySecretsManager secrets = new InMemorySecretsManager().secret(ID, CURRENT)
            .pendingToken(ID, "t1");
    private final List<DbCredentials> logins = new ArrayList<>();
    private final Function<RotationLog, DatabaseConnector> refusingDatabase = log -> credentials -> {
        logins.add(credentials);
        return Optional.empty();
    };

    private interface Constructor {
        RequestHandler<SecretsManagerRotationEvent, Void> create(
                SecretsManagerClient client, PasswordPolicy passwords, Function<RotationLog, DatabaseConnector> db);
    }

    private void run(Constructor constructor, String step) {
        constructor.create(secrets, PASSWORDS, refusingDatabase)
                .handleRequest(new SecretsManagerRotationEvent(step, ID, "t1", "rotation-token-1"), null);
    }

    private SecretValue pending() {
        return SecretValue.parse(secrets.valueOf(ID, "AWSPENDING"));
    }

    @Test
    void finishNeverMovesCurrentLeavesTheLabelsWhereTheyWere() {
        run(FinishNeverMovesCurrent::new, "createSecret");

        run(FinishNeverMovesCurrent::new, "finishSecret");

        assertThat(secrets.stagesOf(ID, "v0")).containsExactly("AWSCURRENT");
        assertThat(secrets.stagesOf(ID, "t1")).containsExactly("AWSPENDING");
        assertThat(secrets.calls()).doesNotContain("UpdateSecretVersionStage");
    }

    @Test
    void newPasswordOnEveryCreateFailsWhenCreateSecretIsRepeated() {
        run(NewPasswordOnEveryCreate::new, "createSecret");
        String first = secrets.valueOf(ID, "AWSPENDING");

        // the double answers as AWS does for another value under an existing token (Rotor: ResourceExistsException)
        assertThatThrownBy(() -> run(NewPasswordOnEveryCreate::new, "createSecret"))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(secrets.passwordsGenerated()).isEqualTo(2);
        assertThat(secrets.puts()).hasSize(2);
        assertThat(secrets.valueOf(ID, "AWSPENDING")).isEqualTo(first);
    }

    @Test
    void singleUserKeepsOldPasswordStoresTheCurrentValueUnchangedOnce() {
        run(SingleUserKeepsOldPassword::new, "createSecret");
        run(SingleUserKeepsOldPassword::new, "createSecret");

        assertThat(secrets.valueOf(ID, "AWSPENDING")).isEqualTo(secrets.valueOf(ID, "AWSCURRENT"));
        assertThat(pending().text("password")).contains("old");
        assertThat(secrets.passwordsGenerated()).isZero();
        assertThat(secrets.puts()).hasSize(1);
    }

    @Test
    void loginBreakerTestSecretLogsInWithNothing() {
        run(LoginBreaker::new, "createSecret");

        run(LoginBreaker::new, "testSecret"); // the reference fails here: the pending login is refused

        assertThat(logins).isEmpty();
    }

    @Test
    void dropsCustomKeysKeepsOnlyTheKeysTheFunctionsRead() {
        SecretValue dropped = DropsCustomKeys.withoutCustomKeys(SecretValue.parse(CURRENT));

        assertThat(dropped.keys()).containsExactly("engine", "host", "port", "username", "password", "dbname");
        assertThat(dropped.toJson()).isEqualTo("{\"engine\":\"mysql\",\"host\":\"127.0.0.1\",\"port\":3306,"
                + "\"username\":\"app\",\"password\":\"old\",\"dbname\":\"shop\"}");
        assertThat(DropsCustomKeys.withoutCustomKeys(SecretValue.parse("{\"host\":\"h\",\"ssl\":true,"
                + "\"masterarn\":\"arn\",\"port\":\"3307\"}")).toJson())
                .isEqualTo("{\"host\":\"h\",\"ssl\":true,\"masterarn\":\"arn\",\"port\":\"3307\"}");
    }

    @Test
    void dropsCustomKeysCreatesAPendingVersionWithoutThemButIsIdempotent() {
        secrets.nextPassword("n3w!pass");

        run(DropsCustomKeys::new, "createSecret");
        run(DropsCustomKeys::new, "createSecret");

        assertThat(pending().toJson()).isEqualTo("{\"engine\":\"mysql\",\"host\":\"127.0.0.1\",\"port\":3306,"
                + "\"username\":\"app\",\"password\":\"n3w!pass\",\"dbname\":\"shop\"}");
        assertThat(secrets.puts()).hasSize(1);
    }

    @Test
    void setSecretTriesOnlyCurrentLogsInWithAwsCurrentAloneAndFailsWhenItIsRefused() {
        run(SetSecretTriesOnlyCurrent::new, "createSecret");

        assertThatThrownBy(() -> run(SetSecretTriesOnlyCurrent::new, "setSecret"))
                .hasMessageContaining("BROKEN: Unable to log into database with the current secret");
        assertThat(logins).extracting(DbCredentials::password).containsExactly("old");
    }

    @Test
    void setSecretIgnoresConnectionErrorsReturnsWhenNoLoginWorks() {
        run(SetSecretIgnoresConnectionErrors::new, "createSecret");

        run(SetSecretIgnoresConnectionErrors::new, "setSecret"); // the reference fails: no login works

        assertThat(logins).isNotEmpty();
    }

    @Test
    void ignoresUnreachableDatabasePassesSetSecretAndTestSecretWhenNoLoginWorks() {
        run(IgnoresUnreachableDatabase::new, "createSecret");

        run(IgnoresUnreachableDatabase::new, "setSecret"); // the reference fails: no login works
        int setSecretLogins = logins.size();
        run(IgnoresUnreachableDatabase::new, "testSecret"); // the reference fails: the pending login is refused

        assertThat(setSecretLogins).isPositive();
        assertThat(logins).hasSizeGreaterThan(setSecretLogins);
    }

    @Test
    void everyHandlerHasThePublicNoArgumentConstructorLambdaNeeds() throws Exception {
        for (Class<?> handler : List.of(FinishNeverMovesCurrent.class, NewPasswordOnEveryCreate.class,
                SingleUserKeepsOldPassword.class, LoginBreaker.class, DropsCustomKeys.class,
                AlternatingWithoutGrants.class, AlternatingExtraGrant.class, SetSecretChangesCurrentUser.class,
                SetSecretTriesOnlyCurrent.class, SetSecretIgnoresConnectionErrors.class, NoSdkRetries.class,
                ReusesItsConnections.class, ShortSocketTimeout.class, IgnoresUnreachableDatabase.class)) {
            assertThat(RequestHandler.class).isAssignableFrom(handler);
            assertThat(handler.getConstructor().canAccess(null)).isTrue();
        }
    }
}
