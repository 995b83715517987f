package dev.rotor.emulator.admin;

import dev.rotor.emulator.it.EmulatorTestSupport;
import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.emulator.lambda.FailureKind;
import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.RotationResult;
import dev.rotor.emulator.rotation.RotationStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Lambda faults (lose-response, crash, cannot-run) on real fixture functions, rotated through the real SDK. */
class LambdaFaultsIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport();

    private final FaultRotations rotations = new FaultRotations(emulator);
    private final RotorAdmin admin = rotations.admin();

    @Test
    void aLostResponseFailsTheStepAsATimeoutAfterItRan_andARetryWithTheSameTokenFinishes() throws Exception {
        String secret = rotations.secret("v1");
        String function = rotations.service();
        Fault fault = admin.armFault(new Fault.LoseResponse(secret, RotationStep.SET_SECRET, 1));

        RotationRecord failed = rotations.rotate(secret, function);
        RotationRecord retried = rotations.retry(secret);

        Invocation lost = failed.steps().get(1).invocation();
        assertThat(failed.result()).isEqualTo(new RotationResult.StepFailed(RotationStep.SET_SECRET, lost));
        assertThat(lost.failureKind()).contains(FailureKind.TIMED_OUT);
        assertThat(lost.errorType()).isEqualTo("Sandbox.Timedout");
        assertThat(lost.error().errorMessage()).endsWith(lost.requestId() + " Task timed out after 20.00 seconds");
        assertThat(lost.logs()).contains("step setSecret");
        assertThat(retried.status()).isEqualTo(RotationRecord.Status.SUCCEEDED);
        assertThat(retried.versionId()).isEqualTo(failed.versionId());
        assertThat(retried.steps().get(0).invocation().coldStart()).as("a timed-out runtime starts afresh").isTrue();
        assertThat(admin.faults(secret)).containsExactly(new ArmedFault(fault, 1, 0));
        List<JournalEvent> events = rotations.events(secret);
        JournalEvent armed = rotations.events(secret, EventType.FAULT_ARMED).get(0);
        assertThat(armed.detail()).containsEntry("layer", "lambda").containsEntry("kind", "lose-response")
                .containsEntry("during", "setSecret").containsEntry("times", 1);
        JournalEvent fired = rotations.events(secret, EventType.FAULT_FIRED).get(0);
        assertThat(fired.detail()).containsEntry("kind", "lose-response").containsEntry("step", "setSecret")
                .containsEntry("fired", 1).containsEntry("lostOutcome", "SUCCEEDED");
        assertThat(FaultRotations.indexOf(events, EventType.FAULT_FIRED, "setSecret"))
                .isLessThan(FaultRotations.indexOf(events, EventType.ROTATION_STEP_FAILED, "setSecret"));
    }

    @Test
    void aCrashKillsTheFunctionsProcessWhileTheStepRuns() throws Exception {
        String secret = rotations.secret("v1");
        String function = rotations.function("HangingRotation", Map.of("HANG_AT_STEP", "setSecret"),
                Duration.ofSeconds(20));
        Fault fault = admin.armFault(new Fault.Crash(secret, RotationStep.SET_SECRET, 1, Duration.ofMillis(300)));

        RotationRecord failed = rotations.rotate(secret, function);

        Invocation crashed = failed.steps().get(1).invocation();
        assertThat(failed.result()).isEqualTo(new RotationResult.StepFailed(RotationStep.SET_SECRET, crashed));
        assertThat(crashed.failureKind()).contains(FailureKind.CRASHED);
        assertThat(crashed.errorType()).isEqualTo("Runtime.ExitError");
        assertThat(crashed.error().errorMessage()).contains("Runtime exited with error: signal: killed");
        assertThat(crashed.logs()).contains("hanging at step setSecret");
        assertThat(admin.faults(secret)).containsExactly(new ArmedFault(fault, 1, 0));
        assertThat(rotations.events(secret, EventType.FAULT_FIRED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).containsEntry("kind", "crash").containsEntry("afterMs", 300));
    }

    @Test
    void aCrashDueAfterTheStepAnsweredDoesNotFire_andStaysVisibleAsNeverFired() throws Exception {
        String secret = rotations.secret("v1");
        Fault fault = admin.armFault(new Fault.Crash(secret, RotationStep.CREATE_SECRET, 1, Duration.ofSeconds(15)));

        RotationRecord rotated = rotations.rotate(secret, rotations.service());

        assertThat(rotated.status()).isEqualTo(RotationRecord.Status.SUCCEEDED);
        assertThat(admin.faults(secret)).containsExactly(new ArmedFault(fault, 0, 0));
        assertThat(rotations.events(secret, EventType.FAULT_FIRED)).isEmpty();
    }

    @Test
    void aLambdaFaultWithoutAStepHitsTheFirstStepOfTheNextRotation() throws Exception {
        String secret = rotations.secret("v1");
        admin.armFault(new Fault.CannotRun(secret, null, 1));

        RotationRecord failed = rotations.rotate(secret, rotations.service());

        assertThat(failed.result()).isInstanceOf(RotationResult.StepFailed.class);
        assertThat(((RotationResult.StepFailed) failed.result()).step()).isEqualTo(RotationStep.CREATE_SECRET);
        assertThat(failed.steps().get(0).invocation().failureKind()).contains(FailureKind.NOT_RUN);
    }
}
