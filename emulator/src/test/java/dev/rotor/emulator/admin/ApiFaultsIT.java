package dev.rotor.emulator.admin;

import dev.rotor.emulator.it.EmulatorTestSupport;
import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.RotationResult;
import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.emulator.rotation.StepRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * API faults on the function's own Secrets Manager calls, with the real AWS SDK v2 inside a fixture function: the
 * SDK's own retries absorb throttling up to its attempts (standard mode: 3), and fail beyond.
 */
class ApiFaultsIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport();

    private final FaultRotations rotations = new FaultRotations(emulator);
    private final RotorAdmin admin = rotations.admin();

    private String standardRetries() {
        return rotations.function("ServiceRotation", Map.of("AWS_RETRY_MODE", "standard"), Duration.ofSeconds(30));
    }

    @Test
    void twoThrottledPutSecretValuesDuringCreateSecretAreAbsorbedByTheSdksRetries() throws Exception {
        String secret = rotations.secret("v1");
        Fault fault = admin.armFault(new Fault.ApiError(secret, ApiErrorCode.THROTTLING_EXCEPTION, "PutSecretValue",
                RotationStep.CREATE_SECRET, 2));

        RotationRecord rotated = rotations.rotate(secret, standardRetries());

        assertThat(rotated.status()).isEqualTo(RotationRecord.Status.SUCCEEDED);
        assertThat(admin.faults(secret)).containsExactly(new ArmedFault(fault, 2, 0));
        assertThat(rotations.events(secret, EventType.FAULT_FIRED)).hasSize(2).allSatisfy(e -> assertThat(e.detail())
                .containsEntry("layer", "api").containsEntry("kind", "ThrottlingException")
                .containsEntry("operation", "PutSecretValue").containsEntry("step", "createSecret"));
    }

    @Test
    void throttlingBeyondTheSdksAttemptsFailsTheStepWithAwsStatusAndMessage() throws Exception {
        String secret = rotations.secret("v1");
        Fault fault = admin.armFault(new Fault.ApiError(secret, ApiErrorCode.THROTTLING_EXCEPTION, "PutSecretValue",
                RotationStep.CREATE_SECRET, 3));

        RotationRecord failed = rotations.rotate(secret, standardRetries());

        Invocation createSecret = failed.steps().get(0).invocation();
        assertThat(failed.result()).isEqualTo(new RotationResult.StepFailed(RotationStep.CREATE_SECRET, createSecret));
        assertThat(createSecret.error().errorMessage()).startsWith("Rate exceeded").contains("Status Code: 400");
        assertThat(admin.faults(secret)).containsExactly(new ArmedFault(fault, 3, 0));
    }

    @Test
    void anInternalServiceErrorIsA500ThatTheSdkMapsToItsModelledException() throws Exception {
        String secret = rotations.secret("v1");
        admin.armFault(new Fault.ApiError(secret, ApiErrorCode.INTERNAL_SERVICE_ERROR, "GetSecretValue",
                RotationStep.CREATE_SECRET, 1));
        String noRetries = rotations.function("ServiceRotation", Map.of("AWS_MAX_ATTEMPTS", "1"),
                Duration.ofSeconds(30));

        RotationRecord failed = rotations.rotate(secret, noRetries);

        Invocation createSecret = failed.steps().get(0).invocation();
        assertThat(createSecret.errorType()).endsWith(".InternalServiceErrorException");
        assertThat(createSecret.error().errorMessage()).startsWith("An error occurred on the server side.")
                .contains("Status Code: 500");
    }

    @Test
    void aSlowOperationAnswersNormallyOnlyLater() throws Exception {
        String secret = rotations.secret("v1");
        Duration delay = Duration.ofSeconds(1);
        Fault fault = admin.armFault(new Fault.SlowApi(secret, "GetSecretValue", delay, RotationStep.TEST_SECRET, 1));

        RotationRecord rotated = rotations.rotate(secret, rotations.service());

        assertThat(rotated.status()).isEqualTo(RotationRecord.Status.SUCCEEDED);
        StepRecord testSecret = rotated.steps().stream().filter(s -> s.step() == RotationStep.TEST_SECRET)
                .findFirst().orElseThrow();
        assertThat(testSecret.invocation().duration()).isGreaterThanOrEqualTo(delay);
        assertThat(admin.faults(secret)).containsExactly(new ArmedFault(fault, 1, 0));
    }

    @Test
    void anOperationTheEmulatorDoesNotServeIsRefusedWhenArmed_listingTheOperations() {
        String secret = rotations.secret("v1");

        AdminException e = catchThrowableOfType(AdminException.class, () -> admin.armFault(new Fault.ApiError(
                secret, ApiErrorCode.THROTTLING_EXCEPTION, "PutSecretValues", null, 1)));

        assertThat(e.reason()).isEqualTo(AdminException.Reason.INVALID);
        assertThat(e.field()).contains("operation");
        assertThat(e.getMessage()).contains("GetSecretValue, ListSecretVersionIds").doesNotContain("PutSecretValues,");
        assertThat(admin.faults(secret)).isEmpty();
    }
}
