package dev.rotor.functions.mysql.broken;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;
import dev.rotor.functions.mysql.AlternateUsername;
import dev.rotor.functions.mysql.common.DatabaseConnector;
import dev.rotor.functions.mysql.common.FunctionEnvironment;
import dev.rotor.functions.mysql.common.MySqlConnector;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.RotationDispatcher;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.RotationRequest;
import dev.rotor.functions.mysql.common.RotationSteps;
import dev.rotor.functions.mysql.common.Secrets;
import dev.rotor.functions.mysql.common.SecretsManagerClients;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * TEST FIXTURE plumbing: what the reference handlers do (environment, preamble, dispatch), with the steps supplied by
 * a subclass, which is a reference strategy with one deliberate defect.
 */
public abstract class BrokenRotationHandler implements RequestHandler<SecretsManagerRotationEvent, Void> {

    private final FunctionEnvironment env;
    private final SecretsManagerClient client;
    private final PasswordPolicy passwords;
    private final Function<RotationLog, DatabaseConnector> connectors;

    /** The constructor Lambda calls: everything from the environment, as the reference handlers. */
    protected BrokenRotationHandler() {
        this(FunctionEnvironment.system());
    }

    private BrokenRotationHandler(FunctionEnvironment env) {
        this(env, SecretsManagerClients.create(env), PasswordPolicy.from(env), MySqlConnector::new);
    }

    /** The constructor Lambda calls, for a fixture whose Secrets Manager client is built differently. */
    protected BrokenRotationHandler(Function<FunctionEnvironment, SecretsManagerClient> clients) {
        this(FunctionEnvironment.system(), clients);
    }

    private BrokenRotationHandler(FunctionEnvironment env, Function<FunctionEnvironment, SecretsManagerClient> clients) {
        this(env, clients.apply(env), PasswordPolicy.from(env), MySqlConnector::new);
    }

    /** For tests: explicit client, password options and database connector; default environment otherwise. */
    protected BrokenRotationHandler(SecretsManagerClient client, PasswordPolicy passwords,
                                    Function<RotationLog, DatabaseConnector> connectors) {
        this(new FunctionEnvironment(Map.of()), client, passwords, connectors);
    }

    private BrokenRotationHandler(FunctionEnvironment env, SecretsManagerClient client, PasswordPolicy passwords,
                                  Function<RotationLog, DatabaseConnector> connectors) {
        this.env = env;
        this.client = client;
        this.passwords = passwords;
        this.connectors = connectors;
    }

    /** The steps of one invocation: a reference strategy with the defect this fixture is about. */
    protected abstract RotationSteps steps(Secrets secrets, DatabaseConnector connector, RotationLog log);

    /** How one invocation logs in to the database (a fixture may connect differently). */
    protected DatabaseConnector connector(RotationLog log) {
        return connectors.apply(log);
    }

    protected PasswordPolicy passwords() {
        return passwords;
    }

    /** The alternating-users naming rule, from {@code USERNAME_CHARACTER_LIMIT} as the reference handler reads it. */
    protected AlternateUsername alternateUsername() {
        return new AlternateUsername(env.integer("USERNAME_CHARACTER_LIMIT", AlternateUsername.DEFAULT_CHARACTER_LIMIT));
    }

    @Override
    public final Void handleRequest(SecretsManagerRotationEvent event, Context context) {
        RotationLog log = RotationLog.of(context);
        Secrets secrets = new Secrets(client);
        log.info("BROKEN TEST FIXTURE " + getClass().getSimpleName() + ": never use it for a real secret");
        new RotationDispatcher(secrets, steps(secrets, connector(log), log), log)
                .handle(RotationRequest.from(event));
        return null;
    }
}
