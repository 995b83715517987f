package dev.rotor.harness.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * One scenario's corner of the database server: its own schema and application user (short names, so that the
 * alternating {@code _clone} user stays within 16 characters), logins, grants and out-of-band password changes. Names
 * and passwords come from the scenario's seeded random, so a replay makes the same ones.
 */
public final class ScenarioDatabase {
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String PASSWORD = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final DatabaseServer server;
    private final DatabaseAdmin admin;
    private final RandomGenerator random;
    private final String schema;
    private final String user;

    public ScenarioDatabase(DatabaseServer server, RandomGenerator random) {
        this.server = server;
        this.random = random;
        this.admin = new DatabaseAdmin(server);
        String id = "r" + pick(LOWER, 6);
        this.schema = "rotor_" + id;
        this.user = id;
    }

    public String schema() {
        return schema;
    }

    public String user() {
        return user;
    }

    public DatabaseServer server() {
        return server;
    }

    /** Creates the schema and the user with {@code password} and the privileges on the schema. */
    public void create(String password, List<String> privileges) {
        execute("CREATE DATABASE `" + schema + "`",
                "CREATE USER '" + user + "'@'%' IDENTIFIED BY " + SqlText.literal(password),
                "GRANT " + String.join(", ", privileges) + " ON `" + schema + "`.* TO '" + user + "'@'%'",
                "CREATE TABLE `" + schema + "`.`probe` (id INT PRIMARY KEY)");
    }

    /** Sets a user's password as an administrator would by hand. */
    public void setPassword(String name, String password) {
        execute("ALTER USER '" + name + "'@'%' IDENTIFIED BY " + SqlText.literal(password));
    }

    public LoginResult login(String name, String password) {
        return admin.login(name, password);
    }

    /** The user's grants with its own name replaced and password hashes removed, sorted: comparable across users. */
    public List<String> normalizedGrants(String name) {
        List<String> normalized = new ArrayList<>();
        for (String line : admin.showGrants(name)) {
            normalized.add(line.replaceAll("(?i) IDENTIFIED BY PASSWORD '[^']*'", "")
                    .replace("`" + name + "`@`%`", "<user>").replace("'" + name + "'@'%'", "<user>"));
        }
        normalized.sort(null);
        return normalized;
    }

    public boolean userExists(String name) {
        try (Connection c = server.connectAsAdmin(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM mysql.user WHERE user = '" + name.replace("'", "") + "'")) {
            rs.next();
            return rs.getInt(1) > 0;
        } catch (SQLException e) {
            throw new DatabaseException("cannot list users: " + e.getMessage(), e);
        }
    }

    /** Drops the users of this scenario (the app user and its clone) and the schema; missing ones are fine. */
    public void drop() {
        execute("DROP USER IF EXISTS '" + user + "'@'%'", "DROP USER IF EXISTS '" + user + "_clone'@'%'",
                "DROP DATABASE IF EXISTS `" + schema + "`");
    }

    public synchronized String newPassword() {
        return pick(PASSWORD, 24);
    }

    private void execute(String... statements) {
        try (Connection c = server.connectAsAdmin(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new DatabaseException("database setup failed on " + server.description() + ": "
                    + e.getMessage().toLowerCase(Locale.ROOT).replaceAll("identified by '[^']*'", "identified by ***"), e);
        }
    }

    private String pick(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
