package dev.rotor.harness.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two rotation strategies of AWS's MySQL templates. */
public enum Strategy {
    SINGLE_USER("single-user"),
    ALTERNATING_USERS("alternating-users");

    private final String id;

    Strategy(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Strategy> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
    }
}
