package dev.rotor.emulator.secrets;

/** The store failed (an I/O or database error): the operation had no effect. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
