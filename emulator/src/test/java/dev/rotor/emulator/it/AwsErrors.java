package dev.rotor.emulator.it;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Assertions on AWS errors as the SDK surfaces them: the error code and AWS's exact message. */
final class AwsErrors {
    private AwsErrors() {
    }

    static SecretsManagerException assertAwsError(ThrowingCallable call, String code, String message) {
        SecretsManagerException e = catchThrowableOfType(SecretsManagerException.class, call);
        assertThat(e).as("expected %s", code).isNotNull();
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
        assertThat(e.statusCode()).isEqualTo(400);
        if (message != null) {
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        }
        return e;
    }

    static SecretsManagerException assertAwsError(ThrowingCallable call, String code) {
        return assertAwsError(call, code, null);
    }
}
