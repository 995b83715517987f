package dev.rotor.functions.mysql.broken;

import dev.rotor.functions.mysql.SingleUserSteps;
import dev.rotor.functions.mysql.common.DatabaseConnector;
import dev.rotor.functions.mysql.common.DatabaseSession;
import dev.rotor.functions.mysql.common.DbCredentials;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.RotationFailedException;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.RotationRequest;
import dev.rotor.functions.mysql.common.RotationSteps;
import dev.rotor.functions.mysql.common.Secrets;
import dev.rotor.functions.mysql.common.Stages;
import java.util.function.Function;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * BROKEN (single user): setSecret logs in with AWSCURRENT's password only. The reference first checks whether
 * AWSPENDING's password already works (a retry after the change went through but its response was lost) and falls
 * back to AWSPREVIOUS; this one cannot log in once the password changed, so the retry with the same token fails.
 * Caught by expectation after a lost setSecret response (and by idempotency when steps are repeated).
 */
public final class SetSecretTriesOnlyCurrent extends BrokenRotationHandler {

    public SetSecretTriesOnlyCurrent() {
    }

    public SetSecretTriesOnlyCurrent(SecretsManagerClient client, PasswordPolicy passwords,
                                     Function<RotationLog, DatabaseConnector> connectors) {
        super(client, passwords, connectors);
    }

    @Override
    protected RotationSteps steps(Secrets secrets, DatabaseConnector connector, RotationLog log) {
        return new SingleUserSteps(secrets, connector, passwords(), log) {
            @Override
            public void setSecret(RotationRequest request) {
                String id = request.secretId();
                DbCredentials current = DbCredentials.from(secrets.byStage(id, Stages.CURRENT),
                        DbCredentials.EngineRule.OPTIONAL);
                DbCredentials pending = DbCredentials.from(secrets.pending(id, request.token()),
                        DbCredentials.EngineRule.OPTIONAL);
                // BROKEN: no "is AWSPENDING already set?" check and no AWSPREVIOUS fallback
                try (DatabaseSession session = connector.connect(current).orElseThrow(() ->
                        new RotationFailedException("setSecret: BROKEN: Unable to log into database with the current"
                                + " secret of secret " + id))) {
                    session.execute(session.dialect().setOwnPassword(pending.password()));
                    log.info("setSecret: BROKEN: set the AWSPENDING password, logged in with AWSCURRENT only");
                }
            }
        };
    }
}
