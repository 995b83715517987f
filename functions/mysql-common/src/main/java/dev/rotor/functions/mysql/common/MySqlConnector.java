package dev.rotor.functions.mysql.common;

import com.mysql.cj.jdbc.NonRegisteringDriver;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Logs in with MySQL Connector/J (works for MariaDB too): 5 s connect timeout, TLS per the secret's {@code ssl}
 * (true: required; false: disabled; absent: preferred, i.e. try TLS then fall back to plain).
 */
public final class MySqlConnector implements DatabaseConnector {

    static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final NonRegisteringDriver driver;
    private final RotationLog log;
    private final Properties overrides;

    public MySqlConnector(RotationLog log) {
        this(log, new Properties());
    }

    /** With Connector/J properties set on top of the usual ones (a seam for test fixtures). */
    public MySqlConnector(RotationLog log, Properties overrides) {
        this.log = log;
        this.overrides = (Properties) overrides.clone();
        try {
            this.driver = new NonRegisteringDriver();
        } catch (SQLException e) {
            throw new IllegalStateException("MySQL Connector/J could not start", e);
        }
    }

    @Override
    public Optional<DatabaseSession> connect(DbCredentials credentials) {
        String url = url(credentials);
        try {
            Properties properties = properties(credentials);
            properties.putAll(overrides);
            Connection connection = driver.connect(url, properties);
            if (connection == null) {
                throw new IllegalStateException("Connector/J did not accept " + url);
            }
            return Optional.of(new DatabaseSession(connection));
        } catch (SQLException e) {
            // Connector/J's messages name user and host, never the password
            log.info("Could not log in as " + credentials.describe() + " (ssl=" + sslMode(credentials) + "): "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    static String url(DbCredentials credentials) {
        String host = credentials.host().trim();
        if (host.isEmpty() || host.chars().anyMatch(c -> c <= ' ' || "/?#@,()=;\\'\"".indexOf(c) >= 0)) {
            throw new RotationFailedException("host in secret JSON is not a host name or address: " + host);
        }
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]"; // IPv6 literal
        }
        String database = credentials.dbname() == null ? ""
                : URLEncoder.encode(credentials.dbname(), StandardCharsets.UTF_8).replace("+", "%20");
        return "jdbc:mysql://" + host + ":" + credentials.port() + "/" + database;
    }

    static Properties properties(DbCredentials credentials) {
        Properties props = new Properties();
        props.setProperty("user", credentials.username());
        props.setProperty("password", credentials.password());
        props.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_MILLIS));
        String sslMode = sslMode(credentials);
        props.setProperty("sslMode", sslMode);
        if (!sslMode.equals("REQUIRED")) {
            // caching_sha2_password (MySQL 8's default) over a plain connection needs the server's RSA key
            props.setProperty("allowPublicKeyRetrieval", "true");
        }
        return props;
    }

    static String sslMode(DbCredentials credentials) {
        if (credentials.ssl() == null) {
            return "PREFERRED";
        }
        return credentials.ssl() ? "REQUIRED" : "DISABLED";
    }
}
