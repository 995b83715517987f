package dev.rotor.harness.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Admin chores for scenarios on one server: unique schemas and users, login checks, grants. */
public final class DatabaseAdmin {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,15}");
    private static final Pattern PRIVILEGE = Pattern.compile("[A-Z][A-Z ,_]*");

    private final DatabaseServer server;

    public DatabaseAdmin(DatabaseServer server) {
        this.server = Objects.requireNonNull(server, "server");
    }

    /** {@code SELECT VERSION()}, e.g. {@code 8.0.31} or {@code 10.11.14-MariaDB-0+deb12u2}. */
    public String serverVersion() {
        try (Connection c = server.connectAsAdmin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw failure("SELECT VERSION()", e);
        }
    }

    /**
     * Creates schema {@code <prefix>_<random>} and user {@code <prefix>_<random>}@'%' with a random password, granted
     * {@code privileges} (e.g. {@code "SELECT, INSERT"} or {@code "ALL PRIVILEGES"}) on that schema.
     */
    public AppUser createSchemaAndUser(String prefix, String privileges) {
        if (!NAME.matcher(prefix).matches()) {
            throw new IllegalArgumentException("prefix must match " + NAME + ": " + prefix);
        }
        if (!PRIVILEGE.matcher(privileges).matches()) {
            throw new IllegalArgumentException("privileges must be a list like 'SELECT, INSERT': " + privileges);
        }
        String name = prefix + "_" + Passwords.suffix(10);
        AppUser app = new AppUser(name, name, Passwords.random(20));
        execute("CREATE DATABASE `" + app.schema() + "`",
                "CREATE USER '" + app.user() + "'@'%' IDENTIFIED BY '" + app.password() + "'",
                "GRANT " + privileges + " ON `" + app.schema() + "`.* TO '" + app.user() + "'@'%'");
        return app;
    }

    /** Drops the user and its schema; missing ones are fine. */
    public void drop(AppUser app) {
        execute("DROP USER IF EXISTS '" + app.user() + "'@'%'", "DROP DATABASE IF EXISTS `" + app.schema() + "`");
    }

    /** Logs in as {@code user} and runs {@code SELECT 1}: accepted, refused with the server's error, or unreachable. */
    public LoginResult login(String user, String password) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), user, password);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
            return new LoginResult.Accepted();
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (e.getErrorCode() == 0 && state.startsWith("08")) {
                return new LoginResult.Unreachable(e.getMessage());
            }
            return new LoginResult.Refused(e.getErrorCode(), state, e.getMessage());
        }
    }

    /** {@code SHOW GRANTS FOR user@'%'}, one line each (MariaDB's first line also carries the password hash). */
    public List<String> showGrants(String user) {
        if (!user.matches("[A-Za-z0-9_]{1,32}")) {
            throw new IllegalArgumentException("not a plain user name: " + user);
        }
        List<String> grants = new ArrayList<>();
        try (Connection c = server.connectAsAdmin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW GRANTS FOR '" + user + "'@'%'")) {
            while (rs.next()) {
                grants.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw failure("SHOW GRANTS FOR " + user, e);
        }
        return grants;
    }

    private void execute(String... statements) {
        try (Connection c = server.connectAsAdmin(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw failure(String.join("; ", statements).replaceAll("IDENTIFIED BY '[^']*'", "IDENTIFIED BY ***"), e);
        }
    }

    private DatabaseException failure(String what, SQLException e) {
        return new DatabaseException(what + " failed on " + server.description() + ": " + e.getMessage()
                + " (error " + e.getErrorCode() + ")", e);
    }
}
