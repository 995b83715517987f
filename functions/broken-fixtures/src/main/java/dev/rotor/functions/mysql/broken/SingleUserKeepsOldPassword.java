package dev.rotor.functions.mysql.broken;

import dev.rotor.functions.mysql.SingleUserSteps;
import dev.rotor.functions.mysql.common.SecretValue;
import dev.rotor.functions.mysql.common.Stages;
import dev.rotor.functions.mysql.common.DatabaseConnector;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.RotationRequest;
import dev.rotor.functions.mysql.common.RotationSteps;
import dev.rotor.functions.mysql.common.Secrets;
import java.util.function.Function;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * BROKEN (single user): the new version keeps the current password, so setSecret changes nothing and the rotation
 * "succeeds" with the old password still working; caught by the login invariant (the previous password must be refused).
 */
public final class SingleUserKeepsOldPassword extends BrokenRotationHandler {

    public SingleUserKeepsOldPassword() {
    }

    public SingleUserKeepsOldPassword(SecretsManagerClient client, PasswordPolicy passwords,
                                      Function<RotationLog, DatabaseConnector> connectors) {
        super(client, passwords, connectors);
    }

    @Override
    protected RotationSteps steps(Secrets secrets, DatabaseConnector connector, RotationLog log) {
        return new SingleUserSteps(secrets, connector, passwords(), log) {
            @Override
            public void createSecret(RotationRequest request) {
                if (secrets.findPending(request.secretId(), request.token()).isPresent()) {
                    return; // idempotent, as the reference: this fixture breaks only the password change
                }
                // BROKEN: the reference puts a GetRandomPassword password here; this copies AWSCURRENT unchanged,
                // so setSecret finds the pending credentials already logging in and changes nothing
                SecretValue current = secrets.byStage(request.secretId(), Stages.CURRENT);
                secrets.putPending(request, current);
                log.info("createSecret: BROKEN: stored version " + request.token()
                        + " as AWSPENDING with the current password unchanged");
            }
        };
    }
}
