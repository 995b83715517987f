package dev.rotor.functions.mysql.testing;

import com.mysql.cj.jdbc.NonRegisteringDriver;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * A real MySQL 8 or MariaDB server for integration tests, reached as an admin with Connector/J. {@link TestServer}
 * provides one: a Testcontainers container per engine, or the external server named by environment variables:
 * {@code ROTOR_IT_DB_PORT} (its presence selects the external server), {@code ROTOR_IT_DB_HOST} (127.0.0.1),
 * {@code ROTOR_IT_DB_ADMIN_USER} (root), {@code ROTOR_IT_DB_ADMIN_PASSWORD} (empty), {@code ROTOR_IT_DB_NAME} (a
 * database the test users may use; mysql).
 */
public final class TestDatabase {

    public static final String PORT_VARIABLE = "ROTOR_IT_DB_PORT";

    public final String host;
    public final int port;
    public final String adminUser;
    public final String adminPassword;
    public final String database;

    public TestDatabase(String host, int port, String adminUser, String adminPassword, String database) {
        this.host = host;
        this.port = port;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.database = database;
    }

    /** The external server named by the {@code ROTOR_IT_DB_*} variables. */
    public static TestDatabase fromEnvironment() {
        return new TestDatabase(env("ROTOR_IT_DB_HOST", "127.0.0.1"), Integer.parseInt(env(PORT_VARIABLE, "3306")),
                env("ROTOR_IT_DB_ADMIN_USER", "root"), env("ROTOR_IT_DB_ADMIN_PASSWORD", ""),
                env("ROTOR_IT_DB_NAME", "mysql"));
    }

    /** Whether {@code ROTOR_IT_DB_PORT} names an external server. */
    static boolean externalConfigured() {
        String port = System.getenv(PORT_VARIABLE);
        return port != null && !port.isBlank();
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }

    /** A fresh user name no other test uses: {@code prefix} + 6 hex digits. */
    public static String uniqueUser(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    }

    public Connection login(String user, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("sslMode", "PREFERRED");
        props.setProperty("allowPublicKeyRetrieval", "true");
        props.setProperty("connectTimeout", "5000");
        return new NonRegisteringDriver().connect("jdbc:mysql://" + host + ":" + port + "/" + database, props);
    }

    public boolean canLogIn(String user, String password) {
        try {
            login(user, password).close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Runs statements as the admin. */
    public void admin(String... statements) throws SQLException {
        try (Connection connection = login(adminUser, adminPassword);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The first column of a query run as the admin. */
    public List<String> adminQuery(String sql) throws SQLException {
        try (Connection connection = login(adminUser, adminPassword);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    /** SHOW GRANTS of {@code user@%} with the user's own name replaced by {@code <user>}, sorted. */
    public List<String> normalisedGrants(String user) throws SQLException {
        List<String> grants = new ArrayList<>();
        for (String line : adminQuery("SHOW GRANTS FOR `" + user + "`@`%`")) {
            grants.add(line.replace("`" + user + "`@", "`<user>`@")
                    .replaceAll(" IDENTIFIED BY PASSWORD '[^']*'", ""));
        }
        grants.sort(null);
        return grants;
    }

    public boolean isMariaDb() throws SQLException {
        return adminQuery("SELECT VERSION()").get(0).toLowerCase().contains("mariadb");
    }

    public void dropUsers(String... users) {
        for (String user : users) {
            try {
                admin("DROP USER IF EXISTS `" + user + "`@`%`");
            } catch (SQLException e) {
                // best effort cleanup
            }
        }
    }
}
