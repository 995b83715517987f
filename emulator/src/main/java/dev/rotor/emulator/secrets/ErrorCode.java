package dev.rotor.emulator.secrets;

/** AWS error codes the emulator answers with, each with its HTTP status. */
public enum ErrorCode {
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 400),
    RESOURCE_EXISTS("ResourceExistsException", 400),
    INVALID_REQUEST("InvalidRequestException", 400),
    INVALID_PARAMETER("InvalidParameterException", 400),
    INVALID_NEXT_TOKEN("InvalidNextTokenException", 400),
    LIMIT_EXCEEDED("LimitExceededException", 400),
    MALFORMED_POLICY("MalformedPolicyDocumentException", 400),
    PUBLIC_POLICY("PublicPolicyException", 400),
    VALIDATION("ValidationException", 400),
    ACCESS_DENIED("AccessDeniedException", 400),
    SERIALIZATION("SerializationException", 400),
    UNKNOWN_OPERATION("UnknownOperationException", 400),
    REQUEST_TOO_LARGE("RequestEntityTooLargeException", 413),
    INTERNAL("InternalServiceError", 500);

    private final String type;
    private final int httpStatus;

    ErrorCode(String type, int httpStatus) {
        this.type = type;
        this.httpStatus = httpStatus;
    }

    /** The wire {@code __type}. */
    public String type() {
        return type;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
