package dev.rotor.functions.mysql.broken;

import dev.rotor.functions.mysql.SingleUserSteps;
import dev.rotor.functions.mysql.common.DbCredentials;
import dev.rotor.functions.mysql.common.Dialect;
import dev.rotor.functions.mysql.common.SqlStatement;
import dev.rotor.functions.mysql.common.DatabaseConnector;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.RotationRequest;
import dev.rotor.functions.mysql.common.RotationSteps;
import dev.rotor.functions.mysql.common.Secrets;
import java.util.function.Function;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * BROKEN (single user): setSecret sets a password other than AWSPENDING's and testSecret checks nothing, so the rotation
 * "succeeds" with an AWSCURRENT that cannot log in; caught by the login invariant (AWSCURRENT must log in).
 */
public final class LoginBreaker extends BrokenRotationHandler {

    /** What setSecret appends to the AWSPENDING password before setting it in the database. */
    static final String WRONG_SUFFIX = "-not-in-the-secret";

    public LoginBreaker() {
    }

    public LoginBreaker(SecretsManagerClient client, PasswordPolicy passwords,
                        Function<RotationLog, DatabaseConnector> connectors) {
        super(client, passwords, connectors);
    }

    @Override
    protected RotationSteps steps(Secrets secrets, DatabaseConnector connector, RotationLog log) {
        return new SingleUserSteps(secrets, connector, passwords(), log) {
            @Override
            protected SqlStatement ownPasswordChange(Dialect dialect, DbCredentials pending) {
                // BROKEN: the database gets a password that is in no version of the secret
                return dialect.setOwnPassword(pending.password() + WRONG_SUFFIX);
            }

            @Override
            public void testSecret(RotationRequest request) {
                // BROKEN: the reference logs in with AWSPENDING here, which would fail the rotation before finishSecret
                log.info("testSecret: BROKEN: not testing version " + request.token());
            }
        };
    }
}
