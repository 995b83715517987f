package dev.rotor.functions.mysql.broken;

import dev.rotor.functions.mysql.SingleUserSteps;
import dev.rotor.functions.mysql.common.DatabaseConnector;
import dev.rotor.functions.mysql.common.DatabaseSession;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.RotationSteps;
import dev.rotor.functions.mysql.common.Secrets;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * BROKEN (single user): keeps every database connection it opened for the next invocations of its warm process and
 * never checks them (a pool without validation). After the database restarts, the next rotation runs its statements
 * on a dead connection and fails. Caught by expectation when the database restarts between rotations.
 */
public final class ReusesItsConnections extends BrokenRotationHandler {
    /** Open connections by login, kept for the process's lifetime (the handler instance lives as long). */
    private final Map<String, Connection> pool = new ConcurrentHashMap<>();

    public ReusesItsConnections() {
    }

    public ReusesItsConnections(SecretsManagerClient client, PasswordPolicy passwords,
                                Function<RotationLog, DatabaseConnector> connectors) {
        super(client, passwords, connectors);
    }

    @Override
    protected DatabaseConnector connector(RotationLog log) {
        DatabaseConnector fresh = super.connector(log);
        return credentials -> {
            String key = credentials.username() + "@" + credentials.host() + ":" + credentials.port() + "#"
                    + credentials.password().hashCode();
            Connection kept = pool.get(key);
            if (kept != null) {
                log.info("BROKEN: reusing a connection of " + credentials.describe() + " without checking it");
                return Optional.of(new DatabaseSession(neverClosed(kept)));
            }
            Optional<DatabaseSession> session = fresh.connect(credentials);
            session.ifPresent(s -> pool.put(key, s.connection()));
            return session.map(s -> new DatabaseSession(neverClosed(s.connection())));
        };
    }

    /** The connection, with close() doing nothing (the pool keeps it open). */
    private static Connection neverClosed(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    protected RotationSteps steps(Secrets secrets, DatabaseConnector connector, RotationLog log) {
        return new SingleUserSteps(secrets, connector, passwords(), log);
    }
}
