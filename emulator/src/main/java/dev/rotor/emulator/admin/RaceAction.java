package dev.rotor.emulator.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What happens between two steps of a rotation in a race fault. */
public enum RaceAction {
    /** An operator writes a value: a new AWSCURRENT version (AWS then abandons the rotation). */
    PUT_VALUE,
    /** Someone calls RotateSecret while the rotation runs. */
    ROTATE,
    /** Someone calls CancelRotateSecret. */
    CANCEL_ROTATION;

    /** The name in a scenario, e.g. {@code put-value}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<RaceAction> fromWireName(String name) {
        return Arrays.stream(values()).filter(action -> action.wireName().equals(name)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(RaceAction::wireName).toList();
    }
}
