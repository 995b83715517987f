package dev.rotor.harness.result;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a client saw, from best to worst: never refused ({@code available}), refused for a while but connecting again
 * by the end of the action ({@code window}), or still refused when the action ended ({@code locked-out}).
 */
public enum ClientVerdict {
    AVAILABLE("available"),
    WINDOW("window"),
    LOCKED_OUT("locked-out");

    private final String id;

    ClientVerdict(String id) {
        this.id = id;
    }

    /** The name scenarios and reports use, e.g. {@code locked-out}. */
    public String id() {
        return id;
    }

    /** The worse of the two. */
    public ClientVerdict worst(ClientVerdict other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public static Optional<ClientVerdict> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.id.equals(wanted)).findFirst();
    }

    /** Every verdict's name, for messages. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ClientVerdict::id).toList();
    }
}
