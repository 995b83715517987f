package dev.rotor.functions.mysql.broken;

import dev.rotor.functions.mysql.SingleUserSteps;
import dev.rotor.functions.mysql.common.DatabaseConnector;
import dev.rotor.functions.mysql.common.MySqlConnector;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.RotationSteps;
import dev.rotor.functions.mysql.common.Secrets;
import java.util.Properties;
import java.util.function.Function;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * BROKEN (single user): gives every database read a {@value #SOCKET_TIMEOUT_MILLIS} ms timeout ("fail fast"), so a
 * database that answers a little late (a slow network, a busy server) fails the rotation. Caught by expectation when
 * every round trip to the database takes longer than that.
 */
public final class ShortSocketTimeout extends BrokenRotationHandler {
    static final int SOCKET_TIMEOUT_MILLIS = 400;

    public ShortSocketTimeout() {
    }

    public ShortSocketTimeout(SecretsManagerClient client, PasswordPolicy passwords,
                              Function<RotationLog, DatabaseConnector> connectors) {
        super(client, passwords, connectors);
    }

    @Override
    protected DatabaseConnector connector(RotationLog log) {
        Properties timeout = new Properties();
        // BROKEN: the reference sets no socket timeout (Lambda's own timeout bounds a step)
        timeout.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_MILLIS));
        return new MySqlConnector(log, timeout);
    }

    @Override
    protected RotationSteps steps(Secrets secrets, DatabaseConnector connector, RotationLog log) {
        return new SingleUserSteps(secrets, connector, passwords(), log);
    }
}
