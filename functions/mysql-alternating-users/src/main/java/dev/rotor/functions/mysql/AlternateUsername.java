package dev.rotor.functions.mysql;

import dev.rotor.functions.mysql.common.RotationFailedException;

/** The alternating-users naming rule: {@code app} and {@code app_clone} take turns. */
public final class AlternateUsername {

    public static final String SUFFIX = "_clone";
    public static final int DEFAULT_CHARACTER_LIMIT = 16;

    private final int characterLimit;

    public AlternateUsername(int characterLimit) {
        if (characterLimit < 1) {
            throw new RotationFailedException("USERNAME_CHARACTER_LIMIT must be positive, not " + characterLimit);
        }
        this.characterLimit = characterLimit;
    }

    /** The other user of the pair: a trailing {@code _clone} stripped, otherwise appended (within the limit). */
    public String of(String username) {
        if (username.endsWith(SUFFIX)) {
            return username.substring(0, username.length() - SUFFIX.length());
        }
        String clone = username + SUFFIX;
        if (clone.length() > characterLimit) {
            throw new RotationFailedException("Unable to clone user, username length with " + SUFFIX
                    + " appended would exceed " + characterLimit + " characters");
        }
        return clone;
    }
}
