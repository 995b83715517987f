package com.example.rotation;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** The database side: logging in with a secret's value, and a user changing its own password. */
final class MySqlUser {
    private MySqlUser() {
    }

    /** Whether the value's user logs in with its password and can run a query. */
    static boolean canLogIn(ObjectNode secret) {
        try (Connection connection = connect(secret); Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Logged in as {@code secret}, sets that user's password (a parameter: the driver quotes it). */
    static void changeOwnPassword(ObjectNode secret, String newPassword) {
        try (Connection connection = connect(secret);
             PreparedStatement change = connection.prepareStatement("ALTER USER CURRENT_USER() IDENTIFIED BY ?")) {
            change.setString(1, newPassword);
            change.execute();
        } catch (SQLException e) {
            // Connector/J's messages name the user and host, never the password
            throw new IllegalStateException("could not change the password: " + e.getMessage(), e);
        }
    }

    private static Connection connect(ObjectNode secret) throws SQLException {
        String url = "jdbc:mysql://" + secret.path("host").asText() + ":" + secret.path("port").asInt(3306) + "/"
                + secret.path("dbname").asText("");
        Properties properties = new Properties();
        properties.setProperty("user", secret.path("username").asText());
        properties.setProperty("password", secret.path("password").asText());
        properties.setProperty("connectTimeout", "5000");
        // caching_sha2_password (MySQL 8's default) over a connection without TLS needs the server's RSA key
        properties.setProperty("allowPublicKeyRetrieval", "true");
        properties.setProperty("sslMode", secret.path("ssl").asBoolean(false) ? "REQUIRED" : "PREFERRED");
        return DriverManager.getConnection(url, properties);
    }
}
