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
 * BROKEN (alternating users): setSecret also gives the pending password to the CURRENT user; caught by availability
 * (AWSCURRENT refused between setSecret and finishSecret) and login (AWSPREVIOUS refused afterwards).
 */
public final class SetSecretChangesCurrentUser extends BrokenRotationHandler {

    public SetSecretChangesCurrentUser() {
    }

    public SetSecretChangesCurrentUser(SecretsManagerClient client, PasswordPolicy passwords,
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
                    public void cloneInto(Account source, Account target, String password) {
                        super.cloneInto(source, target, password);
                        // BROKEN: the reference never touches the current user (source); clients holding
                        // AWSCURRENT are locked out from here on, and AWSPREVIOUS never logs in again
                        admin.execute(admin.dialect().setPassword(source, password));
                        cloneLog.info("setSecret: BROKEN: also set the AWSPENDING password on the current user "
                                + source);
                    }
                };
            }
        };
    }
}
