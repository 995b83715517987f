package dev.rotor.emulator.secrets;

/** A failure the service reports to the client as an AWS error: a code and AWS's exact message. */
public final class SecretsException extends RuntimeException {
    private final ErrorCode code;

    public SecretsException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
