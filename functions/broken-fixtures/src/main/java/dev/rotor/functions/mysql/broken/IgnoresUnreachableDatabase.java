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
 * BROKEN (single user): setSecret and testSecret both report success when they could not reach the database ("best
 * effort: the database will be back"), so a rotation during which the database dropped every connection finishes
 * with an AWSCURRENT whose password was never set. Caught by login in {@code dropped-connections-during-rotation}.
 */
public final class IgnoresUnreachableDatabase extends BrokenRotationHandler {

    public IgnoresUnreachableDatabase() {
    }

    public IgnoresUnreachableDatabase(SecretsManagerClient client, PasswordPolicy passwords,
                                      Function<RotationLog, DatabaseConnector> connectors) {
        super(client, passwords, connectors);
    }

    @Override
    protected RotationSteps steps(Secrets secrets, DatabaseConnector connector, RotationLog log) {
        return new SingleUserSteps(secrets, connector, passwords(), log) {
            @Override
            public void setSecret(RotationRequest request) {
                bestEffort(() -> super.setSecret(request), log);
            }

            @Override
            public void testSecret(RotationRequest request) {
                bestEffort(() -> super.testSecret(request), log);
            }
        };
    }

    private static void bestEffort(Runnable step, RotationLog log) {
        try {
            step.run();
        } catch (RotationFailedException e) {
            // BROKEN: the reference lets the step fail, so Secrets Manager stops the rotation and retries it
            log.info("BROKEN: ignoring the failure: " + e.getMessage());
        }
    }
}
