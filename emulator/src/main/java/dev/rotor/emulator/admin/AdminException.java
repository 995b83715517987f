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
    private final String field;

    public AdminException(Reason reason, String type, String message) {
        this(reason, type, message, null);
    }

    private AdminException(Reason reason, String type, String message, String field) {
        super(message, null, false, false);
        this.reason = reason;
        this.type = type;
        this.field = field;
    }

    /** A refusal of bad input ({@code InvalidParameterException}). */
    public static AdminException invalid(String message) {
        return new AdminException(Reason.INVALID, "InvalidParameterException", message);
    }

    /** A refusal of one field's value (e.g. a fault's {@code during}); the message names the field. */
    public static AdminException invalidField(String field, String message) {
        return new AdminException(Reason.INVALID, "InvalidParameterException", message, field);
    }

    /** Nothing of that name ({@code ResourceNotFoundException}). */
    public static AdminException notFound(String message) {
        return new AdminException(Reason.NOT_FOUND, "ResourceNotFoundException", message);
    }

    public Reason reason() {
        return reason;
    }

    /** The field whose value was refused, when one was (so a scenario loader can point at its line). */
    public java.util.Optional<String> field() {
        return java.util.Optional.ofNullable(field);
    }

    /** An AWS-style error type, e.g. {@code ResourceNotFoundException}. */
    public String type() {
        return type;
    }
}
