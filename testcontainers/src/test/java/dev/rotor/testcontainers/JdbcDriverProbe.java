package dev.rotor.testcontainers;

import com.amazonaws.secretsmanager.sql.AWSSecretsManagerMySQLDriver;

import java.sql.Connection;
import java.util.Properties;

/** Logs in through the AWS JDBC driver as its README shows, configured by the environment alone (run by a test). */
public final class JdbcDriverProbe {
    private JdbcDriverProbe() {
    }

    /** Arguments: the {@code jdbc-secretsmanager:} URL and the secret id. */
    public static void main(String[] args) throws Exception {
        Properties login = new Properties();
        login.setProperty("user", args[1]);
        try (Connection connection = new AWSSecretsManagerMySQLDriver().connect(args[0], login);
             var rows = connection.createStatement().executeQuery("SELECT CURRENT_USER()")) {
            rows.next();
            System.out.println("logged in as " + rows.getString(1));
        }
    }
}
