package dev.rotor.functions.mysql.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The database part of a secret: where to connect and as whom. {@code ssl} is null when the secret does not say
 * (try TLS, fall back to plain). {@link #toString()} hides the password.
 */
public record DbCredentials(String engine, String host, int port, String username, String password, String dbname,
                            Boolean ssl) {

    public static final int DEFAULT_PORT = 3306;
    /** Engines these functions rotate: MySQL, its RDS/Aurora spellings, and MariaDB. */
    public static final Set<String> SUPPORTED_ENGINES = Set.of("mysql", "mariadb", "aurora-mysql", "aurora");

    /** Whether the secret must name its engine (alternating users) or may leave it out (single user). */
    public enum EngineRule { OPTIONAL, REQUIRED }

    /** Reads and checks the credentials of a secret: host, username and password required, engine if present. */
    public static DbCredentials from(SecretValue secret, EngineRule engineRule) {
        String host = required(secret, "host");
        String username = required(secret, "username");
        String password = required(secret, "password");
        Optional<String> engine = secret.text("engine");
        if (engine.isEmpty() && engineRule == EngineRule.REQUIRED) {
            throw new RotationFailedException("engine key is missing from secret JSON");
        }
        if (engine.isPresent() && !SUPPORTED_ENGINES.contains(engine.get().toLowerCase(Locale.ROOT))) {
            throw new RotationFailedException("Database engine must be set to 'mysql' or 'mariadb' in order to use "
                    + "this rotation lambda (found '" + engine.get() + "')");
        }
        return new DbCredentials(engine.orElse(null), host, port(secret), username, password,
                secret.text("dbname").filter(name -> !name.isEmpty()).orElse(null), ssl(secret));
    }

    /** Same user on the same host: the confused-deputy guard between two versions of a secret. */
    public boolean sameUserAndHost(DbCredentials other) {
        return username.equals(other.username) && host.equals(other.host);
    }

    public DbCredentials withDbname(String newDbname) {
        return new DbCredentials(engine, host, port, username, password, newDbname, ssl);
    }

    /** "user@host:port", for logs. */
    public String describe() {
        return username + "@" + host + ":" + port;
    }

    @Override
    public String toString() {
        return "DbCredentials[engine=" + engine + ", host=" + host + ", port=" + port + ", username=" + username
                + ", dbname=" + dbname + ", ssl=" + ssl + ", password=***]";
    }

    private static String required(SecretValue secret, String key) {
        return secret.text(key).filter(value -> !value.isEmpty())
                .orElseThrow(() -> new RotationFailedException(key + " key is missing from secret JSON"));
    }

    private static int port(SecretValue secret) {
        Optional<String> text = secret.text("port");
        if (text.isEmpty() || text.get().isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(text.get().trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new RotationFailedException("port in secret JSON is not a valid port number: " + text.get());
        }
    }

    // true/false as JSON booleans or strings, like the templates; anything else is a mistake worth failing on
    private static Boolean ssl(SecretValue secret) {
        Optional<JsonNode> node = secret.node("ssl");
        if (node.isEmpty()) {
            return null;
        }
        if (node.get().isBoolean()) {
            return node.get().booleanValue();
        }
        String text = node.get().asText().trim().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        throw new RotationFailedException("ssl in secret JSON must be true or false");
    }
}
