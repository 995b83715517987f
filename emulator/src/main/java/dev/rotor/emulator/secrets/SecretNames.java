package dev.rotor.emulator.secrets;

/** Secret name rules: 1..512 of ASCII letters, digits and {@code /_+=.@-}. */
public final class SecretNames {
    public static final int MAX_LENGTH = 512;

    private SecretNames() {
    }

    public static boolean isValid(String name) {
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "/_+=.@-".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Throws AWS's ValidationException for an invalid name. */
    public static void requireValid(String name) {
        if (!isValid(name)) {
            throw Errors.invalidName();
        }
    }
}
