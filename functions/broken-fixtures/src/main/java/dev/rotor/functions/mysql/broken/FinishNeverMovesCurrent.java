package dev.rotor.functions.mysql.broken;

import dev.rotor.functions.mysql.SingleUserSteps;
import dev.rotor.functions.mysql.common.DatabaseConnector;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.RotationRequest;
import dev.rotor.functions.mysql.common.RotationSteps;
import dev.rotor.functions.mysql.common.Secrets;
import java.util.function.Function;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * BROKEN (single user): finishSecret returns without moving AWSCURRENT; caught by the labels invariant (AWSPENDING left
 * on a non-current version) and the emulator fails the rotation ("finishSecret returned, but AWSCURRENT is not on ...").
 */
public final class FinishNeverMovesCurrent extends BrokenRotationHandler {

    public FinishNeverMovesCurrent() {
    }

    public FinishNeverMovesCurrent(SecretsManagerClient client, PasswordPolicy passwords,
                                   Function<RotationLog, DatabaseConnector> connectors) {
        super(client, passwords, connectors);
    }

    @Override
    protected RotationSteps steps(Secrets secrets, DatabaseConnector connector, RotationLog log) {
        return new SingleUserSteps(secrets, connector, passwords(), log) {
            @Override
            public void finishSecret(RotationRequest request) {
                // BROKEN: the reference calls VersionPromoter (UpdateSecretVersionStage AWSCURRENT -> token)
                log.info("finishSecret: BROKEN: returning without moving AWSCURRENT to version " + request.token());
            }
        };
    }
}
