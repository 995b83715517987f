package dev.rotor.emulator.rotation;

import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.admin.AdminException;
import dev.rotor.emulator.admin.Fault;
import dev.rotor.emulator.admin.RotorAdmin;
import dev.rotor.emulator.it.EmulatorTestSupport;
import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.lambda.FailureKind;
import dev.rotor.emulator.lambda.FunctionDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The typed admin interface, in-process: what the harness uses instead of the emulator's internals. */
class RotorAdminIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport(EmulatorConfig.defaults());

    private final SecretsManagerClient sm = emulator.client();
    private final RotorAdmin admin = emulator.emulator().admin();

    @Test
    void aRegisteredFunctionRotatesASecretNamedByName_andAnArmedFaultFailsItsStep() throws InterruptedException {
        String function = emulator.uniqueName("admin-fn");
        String arn = admin.registerFunction(RotationFixtures.service(function)).arn();
        String name = emulator.uniqueName("admin");
        sm.createSecret(r -> r.name(name).secretString("v1"));
        admin.armFault(new Fault.CannotRun(name, RotationStep.SET_SECRET, 1));

        String token = sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arn)).versionId();
        RotationRecord failed = admin.awaitRotation(token, Duration.ofSeconds(60)).orElseThrow();
        RotationRecord retried = admin.awaitRotation(admin.retryRotation(name).id(), Duration.ofSeconds(60))
                .orElseThrow();

        assertThat(failed.status()).isEqualTo(RotationRecord.Status.FAILED);
        assertThat(failed.steps()).extracting(StepRecord::step)
                .containsExactly(RotationStep.CREATE_SECRET, RotationStep.SET_SECRET);
        assertThat(failed.result()).isEqualTo(new RotationResult.StepFailed(RotationStep.SET_SECRET,
                failed.steps().get(1).invocation()));
        assertThat(failed.steps().get(1).invocation().failureKind()).contains(FailureKind.NOT_RUN);
        assertThat(retried.status()).isEqualTo(RotationRecord.Status.SUCCEEDED);
        assertThat(retried.result()).isInstanceOf(RotationResult.Succeeded.class);
        assertThat(retried.versionId()).isEqualTo(token);
        assertThat(admin.rotations(name)).hasSize(2);
        assertThat(admin.invocations(function)).isNotEmpty();
        assertThat(admin.journal(0, 10_000)).anyMatch(e -> e.type() == EventType.ROTATION_SUCCEEDED
                && token.equals(e.versionId()));
    }

    @Test
    void anUnknownSecretIsNotFound() {
        AdminException e = catchThrowableOfType(AdminException.class, () -> admin.rotations("no-such-secret"));

        assertThat(e.reason()).isEqualTo(AdminException.Reason.NOT_FOUND);
        assertThat(e.type()).isEqualTo("ResourceNotFoundException");
    }

    @Test
    void aFunctionWhoseCodeIsMissingIsRefused_andNothingIsRegistered() {
        String name = emulator.uniqueName("missing");

        AdminException e = catchThrowableOfType(AdminException.class, () -> admin.registerFunction(
                FunctionDefinition.of(name, Path.of("no/such.jar"), "a.B")));

        assertThat(e.reason()).isEqualTo(AdminException.Reason.INVALID);
        assertThat(admin.functions()).noneMatch(f -> f.name().equals(name));
    }

    @Test
    void theClockOnlyMovesForward() {
        var before = admin.clock().offset();

        AdminException e = catchThrowableOfType(AdminException.class,
                () -> admin.advanceClock(Duration.ofHours(-1)));

        assertThat(e.reason()).isEqualTo(AdminException.Reason.INVALID);
        assertThat(admin.advanceClock(Duration.ofHours(1)).offset()).isEqualTo(before.plusHours(1));
    }
}
