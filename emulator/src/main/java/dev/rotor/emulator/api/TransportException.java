package dev.rotor.emulator.api;

/** A request the transport refuses before any operation runs: an unknown operation, a body that is not JSON, ... */
final class TransportException extends RuntimeException {
    private final TransportError error;

    TransportException(TransportError error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    TransportError error() {
        return error;
    }
}
