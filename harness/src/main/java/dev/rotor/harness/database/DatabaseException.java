package dev.rotor.harness.database;

/** A database server could not be started, reached or administered; the message says what to do. */
public class DatabaseException extends RuntimeException {

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
