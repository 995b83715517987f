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
 * BROKEN (single user): createSecret puts a new password even when the token already has its AWSPENDING value; caught
 * by the idempotency invariant (a repeated createSecret puts a different value under the same token and fails).
 */
public final class NewPasswordOnEveryCreate extends BrokenRotationHandler {

    public NewPasswordOnEveryCreate() {
    }

    public NewPasswordOnEveryCreate(SecretsManagerClient client, PasswordPolicy passwords,
                                    Function<RotationLog, DatabaseConnector> connectors) {
        super(client, passwords, connectors);
    }

    @Override
    protected RotationSteps steps(Secrets secrets, DatabaseConnector connector, RotationLog log) {
        return new SingleUserSteps(secrets, connector, passwords(), log) {
            @Override
            public void createSecret(RotationRequest request) {
                // BROKEN: the reference (PendingSecretCreator) first returns when findPending(token) has a value
                SecretValue current = secrets.byStage(request.secretId(), Stages.CURRENT);
                secrets.putPending(request, current.with("password", secrets.randomPassword(passwords())));
                log.info("createSecret: BROKEN: put a new password under version " + request.token()
                        + " without checking for an existing AWSPENDING value");
            }
        };
    }
}
