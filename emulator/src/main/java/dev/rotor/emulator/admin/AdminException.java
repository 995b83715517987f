package dev.rotor.emulator.admin;

/**
 * Why an admin operation was refused: {@link Reason#NOT_FOUND} or {@link Reason#INVALID}, with an AWS-style error type
 * ({@code ResourceNotFoundException}, {@code InvalidRequestException}, ...) and a message that never echoes a value.
 */
public final class AdminException extends RuntimeException {

    /** The kind of refusal, which the HTTP adapter maps to 404 or 400. */
    public enum Reason { NOT_FOUND, INVALID }

    private final Reason reason;
    private final String type;

    public AdminException(Reason reason, String type, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.type = type;
    }

    /** A refusal of bad input ({@code InvalidParameterException}). */
    public static AdminException invalid(String message) {
        return new AdminException(Reason.INVALID, "InvalidParameterException", message);
    }

    /** Nothing of that name ({@code ResourceNotFoundException}). */
    public static AdminException notFound(String message) {
        return new AdminException(Reason.NOT_FOUND, "ResourceNotFoundException", message);
    }

    public Reason reason() {
        return reason;
    }

    /** An AWS-style error type, e.g. {@code ResourceNotFoundException}. */
    public String type() {
        return type;
    }
}
