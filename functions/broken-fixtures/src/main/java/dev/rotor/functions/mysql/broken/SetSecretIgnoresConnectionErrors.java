package dev.rotor.functions.mysql.broken;

import dev.rotor.functions.mysql.SingleUserSteps;
import dev.rotor.functions.mysql.common.DatabaseConnector;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.RotationFailedException;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.RotationRequest;
import dev.rotor.functions.mysql.common.RotationSteps;
import dev.rotor.functions.mysql.common.Secrets;
import java.util.function.Function;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * BROKEN (single user): setSecret reports success when it could not reach the database ("best effort"), so a rotation
 * whose setSecret met refused connections goes on with a password that was never set and fails later, at testSecret.
 * Caught by expectation (the scenario expects the failure at setSecret, where it happened).
 */
public final class SetSecretIgnoresConnectionErrors extends BrokenRotationHandler {

    public SetSecretIgnoresConnectionErrors() {
    }

    public SetSecretIgnoresConnectionErrors(SecretsManagerClient client, PasswordPolicy passwords,
                                            Function<RotationLog, DatabaseConnector> connectors) {
        super(client, passwords, connectors);
    }

    @Override
    protected RotationSteps steps(Secrets secrets, DatabaseConnector connector, RotationLog log) {
        return new SingleUserSteps(secrets, connector, passwords(), log) {
            @Override
            public void setSecret(RotationRequest request) {
                try {
                    super.setSecret(request);
                } catch (RotationFailedException e) {
                    // BROKEN: the reference lets the step fail, so Secrets Manager retries it
                    log.info("setSecret: BROKEN: ignoring the failure: " + e.getMessage());
                }
            }
        };
    }
}
