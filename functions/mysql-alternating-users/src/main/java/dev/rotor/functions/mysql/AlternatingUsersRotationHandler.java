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
 * Lambda handler {@code dev.rotor.functions.mysql.AlternatingUsersRotationHandler}: rotates a MySQL or MariaDB secret
 * between {@code user} and {@code user_clone}, using the admin secret named by {@code masterarn}.
 */
public final class AlternatingUsersRotationHandler implements RequestHandler<SecretsManagerRotationEvent, Void> {

    private final SecretsManagerClient client;
    private final PasswordPolicy passwords;
    private final AlternateUsername alternate;
    private final Function<RotationLog, DatabaseConnector> connectors;

    /** The constructor Lambda calls: everything from the environment. */
    public AlternatingUsersRotationHandler() {
        this(FunctionEnvironment.system());
    }

    private AlternatingUsersRotationHandler(FunctionEnvironment env) {
        this(SecretsManagerClients.create(env), PasswordPolicy.from(env),
                new AlternateUsername(env.integer("USERNAME_CHARACTER_LIMIT",
                        AlternateUsername.DEFAULT_CHARACTER_LIMIT)),
                MySqlConnector::new);
    }

    /** For tests and embedding: explicit client, password options, username rule and database connector. */
    public AlternatingUsersRotationHandler(SecretsManagerClient client, PasswordPolicy passwords,
                                           AlternateUsername alternate,
                                           Function<RotationLog, DatabaseConnector> connectors) {
        this.client = client;
        this.passwords = passwords;
        this.alternate = alternate;
        this.connectors = connectors;
    }

    @Override
    public Void handleRequest(SecretsManagerRotationEvent event, Context context) {
        RotationLog log = RotationLog.of(context);
        Secrets secrets = new Secrets(client);
        AlternatingUsersSteps steps = new AlternatingUsersSteps(secrets, connectors.apply(log), passwords,
                alternate, log);
        new RotationDispatcher(secrets, steps, log).handle(RotationRequest.from(event));
        return null;
    }
}
