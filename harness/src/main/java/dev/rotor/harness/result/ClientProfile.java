package dev.rotor.harness.result;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How an application gets its database credentials: the client behaviours the prober plays during rotations. */
public enum ClientProfile {
    /** The AWS JDBC secrets driver (aws-secretsmanager-jdbc 2.x): cached secret, re-read and retry on error 1045. */
    JDBC_DRIVER("jdbc-driver"),
    /** Reads AWSCURRENT before every connection. */
    REREAD("reread"),
    /** The caching client's one-hour cache, no retry on an authentication failure. */
    CACHED("cached");

    /** What a scenario runs when it names no clients. */
    public static final List<ClientProfile> DEFAULT = List.of(JDBC_DRIVER, REREAD);

    private final String id;

    ClientProfile(String id) {
        this.id = id;
    }

    /** The name scenarios and reports use, e.g. {@code jdbc-driver}. */
    public String id() {
        return id;
    }

    public static Optional<ClientProfile> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst();
    }

    /** Every profile's name, for messages. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ClientProfile::id).toList();
    }
}
