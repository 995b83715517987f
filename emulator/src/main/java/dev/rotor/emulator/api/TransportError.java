package dev.rotor.emulator.api;

/** Errors of the AWS JSON 1.1 transport itself (not of an operation), with their wire type and HTTP status. */
public enum TransportError {
    SERIALIZATION("SerializationException", 400),
    UNKNOWN_OPERATION("UnknownOperationException", 400),
    REQUEST_TOO_LARGE("RequestEntityTooLargeException", 413),
    INTERNAL("InternalServiceError", 500);

    private final String type;
    private final int httpStatus;

    TransportError(String type, int httpStatus) {
        this.type = type;
        this.httpStatus = httpStatus;
    }

    public String type() {
        return type;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** This error with a message, to throw. */
    TransportException with(String message) {
        return new TransportException(this, message);
    }
}
