package dev.rotor.harness.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A running database server: where it listens, its admin credentials; {@link #close()} stops and removes it. */
public interface DatabaseServer extends AutoCloseable {

    /** Connector/J properties every Rotor connection uses: plain TCP, so MySQL 8's caching_sha2 needs the RSA key. */
    String CONNECTOR_PROPERTIES = "sslMode=DISABLED&allowPublicKeyRetrieval=true&connectTimeout=5000";

    Engine engine();

    /** Host name or loopback address to connect to. */
    String host();

    int port();

    /** A user allowed to create schemas and users and grant anything. */
    Credentials admin();

    /** What this server is, for logs: provider and image or binary. */
    String description();

    /** A Connector/J URL without a default schema (Connector/J talks to MySQL and MariaDB alike). */
    default String jdbcUrl() {
        return jdbcUrl("");
    }

    /** A Connector/J URL with {@code schema} as default schema. */
    default String jdbcUrl(String schema) {
        return "jdbc:mysql://" + host() + ":" + port() + "/" + schema + "?" + CONNECTOR_PROPERTIES;
    }

    /** Whether {@link #restart()} may stop and start this server (not a server the user runs). */
    default boolean restartable() {
        return false;
    }

    /**
     * Stops the server and starts it again on the same data, host and port; returns once it is ready for connections
     * and the admin logs in.
     */
    default void restart() {
        throw new DatabaseException(description() + " is not Rotor's to restart");
    }

    /**
     * Whether {@link #startAnother()} starts a server like this one quickly enough to do it during a run: an embedded
     * mysqld starts in about a second; a container takes many, and a server the user runs is not Rotor's to start.
     */
    default boolean startsAnotherQuickly() {
        return false;
    }

    /**
     * Starts another server like this one (same engine and provider, its own port and data), for a scenario that must
     * not share this one; the caller closes it.
     */
    default DatabaseServer startAnother() {
        throw new DatabaseException(description() + ": Rotor does not start another server like it during a run");
    }

    /** A new connection as the admin user. */
    default Connection connectAsAdmin() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), admin().user(), admin().password());
    }

    /** Stops the server and removes what it left (container, process, files); safe to call twice. */
    @Override
    void close();
}
