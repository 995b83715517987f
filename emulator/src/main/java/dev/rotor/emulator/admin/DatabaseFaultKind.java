package dev.rotor.emulator.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a database fault does to the function's traffic through the fault proxy while its step runs. */
public enum DatabaseFaultKind {
    /** New connections are refused. */
    REFUSE,
    /** Open connections are reset, and new ones as soon as they are accepted. */
    DROP,
    /** Bytes stop flowing until the step returned. */
    STALL,
    /** Every round trip takes {@code latency} longer. */
    LATENCY;

    /** The name in a scenario, e.g. {@code refuse}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DatabaseFaultKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.wireName().equals(name)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(DatabaseFaultKind::wireName).toList();
    }
}
