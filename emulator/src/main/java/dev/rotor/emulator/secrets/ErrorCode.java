package dev.rotor.emulator.secrets;

/** The AWS errors the domain raises, by their wire {@code __type}. HTTP statuses are the API layer's business. */
public enum ErrorCode {
    RESOURCE_NOT_FOUND("ResourceNotFoundException"),
    RESOURCE_EXISTS("ResourceExistsException"),
    INVALID_REQUEST("InvalidRequestException"),
    INVALID_PARAMETER("InvalidParameterException"),
    INVALID_NEXT_TOKEN("InvalidNextTokenException"),
    LIMIT_EXCEEDED("LimitExceededException"),
    MALFORMED_POLICY("MalformedPolicyDocumentException"),
    PUBLIC_POLICY("PublicPolicyException"),
    VALIDATION("ValidationException"),
    ACCESS_DENIED("AccessDeniedException");

    private final String type;

    ErrorCode(String type) {
        this.type = type;
    }

    /** The wire {@code __type}. */
    public String type() {
        return type;
    }
}
