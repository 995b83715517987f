package dev.rotor.emulator.api;

import dev.rotor.emulator.secrets.ErrorCode;

/** The HTTP status AWS answers each domain error with (every Secrets Manager client error is a 400). */
final class ErrorStatus {
    private ErrorStatus() {
    }

    static int of(ErrorCode code) {
        return switch (code) {
            case RESOURCE_NOT_FOUND, RESOURCE_EXISTS, INVALID_REQUEST, INVALID_PARAMETER, INVALID_NEXT_TOKEN,
                    LIMIT_EXCEEDED, MALFORMED_POLICY, PUBLIC_POLICY, VALIDATION, ACCESS_DENIED -> 400;
        };
    }
}
