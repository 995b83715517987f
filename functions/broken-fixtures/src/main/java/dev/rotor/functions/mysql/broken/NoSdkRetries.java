package dev.rotor.functions.mysql.broken;

import dev.rotor.functions.mysql.SingleUserSteps;
import dev.rotor.functions.mysql.common.DatabaseConnector;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.RotationSteps;
import dev.rotor.functions.mysql.common.Secrets;
import dev.rotor.functions.mysql.common.SecretsManagerClients;
import java.util.function.Function;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * BROKEN (single user): the function's Secrets Manager client has the SDK's retries turned off, so one throttled call
 * (ThrottlingException, which the SDK's default retries absorb) fails the step. Caught by expectation when
 * PutSecretValue is throttled during createSecret.
 */
public final class NoSdkRetries extends BrokenRotationHandler {

    public NoSdkRetries() {
        // BROKEN: the reference keeps the SDK's default retry strategy
        super(env -> SecretsManagerClients.builder(env)
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())).build());
    }

    public NoSdkRetries(SecretsManagerClient client, PasswordPolicy passwords,
                        Function<RotationLog, DatabaseConnector> connectors) {
        super(client, passwords, connectors);
    }

    @Override
    protected RotationSteps steps(Secrets secrets, DatabaseConnector connector, RotationLog log) {
        log.info("BROKEN: the Secrets Manager client does not retry");
        return new SingleUserSteps(secrets, connector, passwords(), log);
    }
}
