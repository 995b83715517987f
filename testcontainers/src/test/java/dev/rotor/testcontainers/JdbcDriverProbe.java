package dev.rotor.testcontainers;

import com.amazonaws.secretsmanager.sql.AWSSecretsManagerMySQLDriver;

import java.sql.Connection;
import java.sql.DriverManager;

/** Logs in through the AWS JDBC driver as its README shows, configured by the environment alone (run by a test). */
public final class JdbcDriverProbe {
    private JdbcDriverProbe() {
    }

    /** Arguments: the {@code jdbc-secretsmanager:} URL and the secret id. */
    public static void main(String[] args) throws Exception {
        Class.forName(AWSSecretsManagerMySQLDriver.class.getName());
        try (Connection connection = DriverManager.getConnection(args[0], args[1], null);
             var rows = connection.createStatement().executeQuery("SELECT CURRENT_USER()")) {
            rows.next();
            System.out.println("logged in as " + rows.getString(1));
        }
    }
}
