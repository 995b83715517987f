package dev.rotor.harness.database;

import java.security.SecureRandom;

/** Random passwords and name suffixes made of characters that need no quoting anywhere. */
final class Passwords {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";

    private Passwords() {
    }

    static String random(int length) {
        return pick(ALPHABET, length);
    }

    /** Lower-case letters and digits, for schema and user names. */
    static String suffix(int length) {
        return pick(LOWER, length);
    }

    private static String pick(String alphabet, int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
