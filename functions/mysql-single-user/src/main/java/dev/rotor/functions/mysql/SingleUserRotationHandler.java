package dev.rotor.functions.mysql;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;
import dev.rotor.functions.mysql.common.DatabaseConnector;
import dev.rotor.functions.mysql.common.FunctionEnvironment;
import dev.rotor.functions.mysql.common.MySqlConnector;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.RotationDispatcher;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.RotationRequest;
import dev.rotor.functions.mysql.common.Secrets;
import dev.rotor.functions.mysql.common.SecretsManagerClients;
import java.util.function.Function;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Lambda handler {@code dev.rotor.functions.mysql.SingleUserRotationHandler}: rotates a MySQL or MariaDB secret whose
 * user changes its own password.
 */
public final class SingleUserRotationHandler implements RequestHandler<SecretsManagerRotationEvent, Void> {

    private final SecretsManagerClient client;
    private final PasswordPolicy passwords;
    private final Function<RotationLog, DatabaseConnector> connectors;

    /** The constructor Lambda calls: everything from the environment. */
    public SingleUserRotationHandler() {
        this(FunctionEnvironment.system());
    }

    private SingleUserRotationHandler(FunctionEnvironment env) {
        this(SecretsManagerClients.create(env), PasswordPolicy.from(env), MySqlConnector::new);
    }

    /** For tests and embedding: explicit client, password options and database connector. */
    public SingleUserRotationHandler(SecretsManagerClient client, PasswordPolicy passwords,
                                     Function<RotationLog, DatabaseConnector> connectors) {
        this.client = client;
        this.passwords = passwords;
        this.connectors = connectors;
    }

    @Override
    public Void handleRequest(SecretsManagerRotationEvent event, Context context) {
        RotationLog log = RotationLog.of(context);
        Secrets secrets = new Secrets(client);
        SingleUserSteps steps = new SingleUserSteps(secrets, connectors.apply(log), passwords, log);
        new RotationDispatcher(secrets, steps, log).handle(RotationRequest.from(event));
        return null;
    }
}
