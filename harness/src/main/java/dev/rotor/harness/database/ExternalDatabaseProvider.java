package dev.rotor.harness.database;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/** A server the user runs, given as a JDBC URL and admin credentials; closing it leaves the server running. */
public final class ExternalDatabaseProvider implements DatabaseProvider {

    private final String jdbcUrl;
    private final Credentials admin;

    public ExternalDatabaseProvider(String jdbcUrl, Credentials admin) {
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.admin = Objects.requireNonNull(admin, "admin");
        if (!jdbcUrl.startsWith("jdbc:mysql://") && !jdbcUrl.startsWith("jdbc:mariadb://")) {
            throw new IllegalArgumentException("expected a jdbc:mysql:// or jdbc:mariadb:// URL, got " + jdbcUrl);
        }
    }

    @Override
    public String name() {
        return "external";
    }

    /** Connects as admin and checks that the server is of the requested engine. */
    @Override
    public DatabaseServer start(Engine engine) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String host = uri.getHost();
        int port = uri.getPort() < 0 ? 3306 : uri.getPort();
        if (host == null) {
            throw new IllegalArgumentException("no host in " + jdbcUrl);
        }
        ExternalDatabaseServer server = new ExternalDatabaseServer(engine, host, port, admin);
        String version;
        try (Connection c = server.connectAsAdmin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            version = rs.getString(1);
        } catch (SQLException e) {
            throw new DatabaseException("cannot log in as " + admin.user() + " at " + host + ":" + port + ": "
                    + e.getMessage() + " (error " + e.getErrorCode() + ")", e);
        }
        if (Engine.fromVersion(version) != engine) {
            throw new DatabaseException(host + ":" + port + " runs " + version + ", which is not " + engine);
        }
        return server;
    }

    /** The user's server as Rotor sees it. */
    private record ExternalDatabaseServer(Engine engine, String host, int port, Credentials admin)
            implements DatabaseServer {

        @Override
        public String description() {
            return "external server " + host + ":" + port;
        }

        @Override
        public void close() {
            // not ours to stop
        }
    }
}
