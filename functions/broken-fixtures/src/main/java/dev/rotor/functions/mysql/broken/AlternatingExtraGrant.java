package dev.rotor.functions.mysql.broken;

import dev.rotor.functions.mysql.AlternatingUsersSteps;
import dev.rotor.functions.mysql.UserCloner;
import dev.rotor.functions.mysql.common.Account;
import dev.rotor.functions.mysql.common.SqlStatement;
import dev.rotor.functions.mysql.common.DatabaseConnector;
import dev.rotor.functions.mysql.common.DatabaseSession;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.RotationSteps;
import dev.rotor.functions.mysql.common.Secrets;
import java.util.function.Function;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * BROKEN (alternating users): setSecret copies the grants and then also grants the pending user global PROCESS, so the
 * rotation succeeds with a more privileged user; caught by the grants invariant (grants must equal the original's).
 */
public final class AlternatingExtraGrant extends BrokenRotationHandler {

    /** The privilege the pending user gets on top of the copied ones (global, harmless, and not in a schema grant). */
    static final String EXTRA_GRANT = "GRANT PROCESS ON *.* TO ";

    public AlternatingExtraGrant() {
    }

    public AlternatingExtraGrant(SecretsManagerClient client, PasswordPolicy passwords,
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
                        super.copyGrants(source, target);
                        // BROKEN: privilege creep, one grant the current user never had
                        admin.execute(SqlStatement.plain(EXTRA_GRANT + target.sql()));
                        cloneLog.info("setSecret: BROKEN: also granted PROCESS ON *.* to " + target);
                    }
                };
            }
        };
    }
}
