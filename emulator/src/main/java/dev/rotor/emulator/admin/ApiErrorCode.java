package dev.rotor.emulator.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The AWS errors an API fault answers the function's calls with: the wire {@code __type}, which is also the name in a
 * scenario ({@code api: ThrottlingException}), the HTTP status and AWS's message.
 */
public enum ApiErrorCode {
    /** What Secrets Manager answers over its request quotas; SDKs retry it with their throttling back-off. */
    THROTTLING_EXCEPTION("ThrottlingException", 400, "Rate exceeded"),
    /** A server-side fault; SDKs retry it as a 5xx. */
    INTERNAL_SERVICE_ERROR("InternalServiceError", 500, "An error occurred on the server side.");

    private final String type;
    private final int httpStatus;
    private final String message;

    ApiErrorCode(String type, int httpStatus, String message) {
        this.type = type;
        this.httpStatus = httpStatus;
        this.message = message;
    }

    /** The wire {@code __type}, e.g. {@code ThrottlingException}. */
    public String type() {
        return type;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String message() {
        return message;
    }

    /** The error a scenario names by its {@code __type}. */
    public static Optional<ApiErrorCode> fromType(String type) {
        return Arrays.stream(values()).filter(code -> code.type.equals(type)).findFirst();
    }

    public static List<String> types() {
        return Arrays.stream(values()).map(ApiErrorCode::type).toList();
    }
}
