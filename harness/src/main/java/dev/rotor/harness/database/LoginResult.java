package dev.rotor.harness.database;

/** What happened when a user tried to log in and run {@code SELECT 1}. */
public sealed interface LoginResult {

    default boolean accepted() {
        return this instanceof Accepted;
    }

    /** The server accepted the login and answered. */
    record Accepted() implements LoginResult {
    }

    /** The server answered with an error, e.g. 1045 access denied or 1044 no access to the schema. */
    record Refused(int errorCode, String sqlState, String message) implements LoginResult {
    }

    /** No server answered (refused connection, timeout): not a verdict on the credentials. */
    record Unreachable(String message) implements LoginResult {
    }
}
