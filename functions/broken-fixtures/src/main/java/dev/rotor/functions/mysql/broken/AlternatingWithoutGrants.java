package dev.rotor.functions.mysql.broken;

import dev.rotor.functions.mysql.AlternatingUsersSteps;
import dev.rotor.functions.mysql.UserCloner;
import dev.rotor.functions.mysql.common.Account;
import dev.rotor.functions.mysql.common.DatabaseConnector;
import dev.rotor.functions.mysql.common.DatabaseSession;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.RotationSteps;
import dev.rotor.functions.mysql.common.Secrets;
import java.util.function.Function;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * BROKEN (alternating users): setSecret creates the clone user but copies none of the current user's grants; caught by
 * the grants invariant (both users' grants must be identical).
 */
public final class AlternatingWithoutGrants extends BrokenRotationHandler {

    public AlternatingWithoutGrants() {
    }

    public AlternatingWithoutGrants(SecretsManagerClient client, PasswordPolicy passwords,
                                    Function<RotationLog, DatabaseConnector> connectors) {
        super(client, passwords, connectors);
    }

    @Override
    protected RotationSteps steps(Secrets secrets, DatabaseConnector connector, RotationLog log) {
        return new AlternatingUsersSteps(secrets, connector, passwords(), alternateUsername(), log) {
            @Override
            protected UserCloner cloner(DatabaseSession admin, RotationLog cloneLog) {
                return new UserCloner(admin, cloneLog) {
                    @Override
                    protected void copyGrants(Account source, Account target) {
                        // BROKEN: the reference re-applies every SHOW GRANTS line of source to target
                        cloneLog.info("setSecret: BROKEN: not copying the grants of " + source + " to " + target);
                    }
                };
            }
        };
    }
}
