package dev.rotor.functions.mysql.common;

/** A rotation step cannot go on; the message says why and never holds a password. */
public final class RotationFailedException extends RuntimeException {

    public RotationFailedException(String message) {
        super(message);
    }

    public RotationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
