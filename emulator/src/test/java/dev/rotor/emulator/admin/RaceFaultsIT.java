package dev.rotor.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.it.EmulatorTestSupport;
import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.RotationResult;
import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.emulator.rotation.StepRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Races: the rotation is held after the named step, the action is performed, then the rotation goes on. */
class RaceFaultsIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport();

    private final FaultRotations rotations = new FaultRotations(emulator);
    private final RotorAdmin admin = rotations.admin();

    @AfterEach
    void emulatorsOwnHandler() {
        admin.setRaceHandler(null);
    }

    @Test
    void aHandlersActionHappensStrictlyBetweenTheNamedStepAndTheNext() throws Exception {
        String secret = rotations.secret("v1");
        AtomicReference<RotationRecord> held = new AtomicReference<>();
        admin.setRaceHandler((race, rotation) -> {
            held.set(rotation);
            emulator.client().tagResource(r -> r.secretId(secret).tags(t -> t.key("race").value("here")));
        });
        Fault fault = admin.armFault(new Fault.Race(secret, RaceAction.PUT_VALUE, RotationStep.SET_SECRET, 1));

        RotationRecord rotated = rotations.rotate(secret, rotations.service());

        assertThat(rotated.status()).isEqualTo(RotationRecord.Status.SUCCEEDED);
        assertThat(held.get().status()).isEqualTo(RotationRecord.Status.RUNNING);
        assertThat(held.get().steps()).extracting(StepRecord::step)
                .containsExactly(RotationStep.CREATE_SECRET, RotationStep.SET_SECRET);
        List<JournalEvent> events = rotations.events(secret);
        int setSecretDone = FaultRotations.indexOf(events, EventType.ROTATION_STEP_SUCCEEDED, "setSecret");
        int action = events.indexOf(events.stream().filter(e -> e.type() == EventType.SECRET_UPDATED
                && "tags".equals(e.detail().get("fields"))).findFirst().orElseThrow());
        int fired = FaultRotations.indexOf(events, EventType.FAULT_FIRED, "setSecret");
        int testSecretStarts = FaultRotations.indexOf(events, EventType.ROTATION_STEP_INVOKED, "testSecret");
        assertThat(setSecretDone).isLessThan(action);
        assertThat(action).isLessThan(fired);
        assertThat(fired).isLessThan(testSecretStarts);
        assertThat(events.get(fired).detail()).containsEntry("layer", "race").containsEntry("kind", "put-value")
                .containsEntry("outcome", "performed");
        assertThat(admin.faults(secret)).containsExactly(new ArmedFault(fault, 1, 0));
    }

    @Test
    void theEmulatorsOwnPutValueWritesAFreshPasswordAsAWSCURRENT_andAwsAbandonsTheRotation() throws Exception {
        String secret = rotations.secret("{\"username\":\"app\",\"password\":\"initial\"}");
        admin.armFault(new Fault.Race(secret, RaceAction.PUT_VALUE, RotationStep.SET_SECRET, 1));

        RotationRecord abandoned = rotations.rotate(secret, rotations.service());

        assertThat(abandoned.status()).isEqualTo(RotationRecord.Status.ABANDONED);
        assertThat(abandoned.steps()).extracting(StepRecord::step)
                .containsExactly(RotationStep.CREATE_SECRET, RotationStep.SET_SECRET);
        JsonNode current = new ObjectMapper().readTree(emulator.client().getSecretValue(r -> r.secretId(secret))
                .secretString());
        assertThat(current.get("username").asText()).isEqualTo("app");
        assertThat(current.get("password").asText()).isNotEqualTo("initial").hasSizeGreaterThan(8);
        List<JournalEvent> events = rotations.events(secret);
        assertThat(FaultRotations.indexOf(events, EventType.ROTATION_STEP_SUCCEEDED, "setSecret"))
                .isLessThan(FaultRotations.indexOf(events, EventType.ROTATION_ABANDONED, null));
        assertThat(FaultRotations.indexOf(events, EventType.ROTATION_STEP_INVOKED, "testSecret")).isEqualTo(-1);
    }

    @Test
    void theEmulatorsOwnRotateMeetsAwsRefusal_whichIsRecorded_andTheRotationGoesOn() throws Exception {
        String secret = rotations.secret("v1");
        admin.armFault(new Fault.Race(secret, RaceAction.ROTATE, RotationStep.CREATE_SECRET, 1));

        RotationRecord rotated = rotations.rotate(secret, rotations.service());

        assertThat(rotated.status()).isEqualTo(RotationRecord.Status.SUCCEEDED);
        assertThat(rotations.events(secret, EventType.FAULT_FIRED)).singleElement().satisfies(e ->
                assertThat((String) e.detail().get("outcome")).startsWith("InvalidRequestException: A previous"
                        + " rotation isn't complete."));
    }

    @Test
    void theEmulatorsOwnCancelStopsTheRotationBeforeTheNextStep() throws Exception {
        String secret = rotations.secret("v1");
        admin.armFault(new Fault.Race(secret, RaceAction.CANCEL_ROTATION, RotationStep.SET_SECRET, 1));

        RotationRecord cancelled = rotations.rotate(secret, rotations.service());

        assertThat(cancelled.result()).isInstanceOf(RotationResult.Cancelled.class);
        assertThat(cancelled.steps()).extracting(StepRecord::step)
                .containsExactly(RotationStep.CREATE_SECRET, RotationStep.SET_SECRET);
        assertThat(emulator.client().describeSecret(r -> r.secretId(secret)).rotationEnabled()).isFalse();
    }

    @Test
    void aHandlerThatFailsIsRecordedAsTheOutcome_andTheRotationGoesOn() throws Exception {
        String secret = rotations.secret("v1");
        admin.setRaceHandler((race, rotation) -> {
            throw new IllegalStateException("the harness could not change the database");
        });
        admin.armFault(new Fault.Race(secret, RaceAction.PUT_VALUE, RotationStep.TEST_SECRET, 1));

        RotationRecord rotated = rotations.rotate(secret, rotations.service());

        assertThat(rotated.status()).isEqualTo(RotationRecord.Status.SUCCEEDED);
        assertThat(rotations.events(secret, EventType.FAULT_FIRED)).singleElement().satisfies(e ->
                assertThat(e.detail()).containsEntry("outcome",
                        "IllegalStateException: the harness could not change the database"));
    }

    @Test
    void aRaceAfterTheLastStepCannotUndoTheRotationsSuccess() throws Exception {
        String secret = rotations.secret("v1");
        admin.armFault(new Fault.Race(secret, RaceAction.PUT_VALUE, RotationStep.FINISH_SECRET, 1));

        RotationRecord rotated = rotations.rotate(secret, rotations.service());

        assertThat(rotated.status()).isEqualTo(RotationRecord.Status.SUCCEEDED);
        assertThat(emulator.client().getSecretValue(r -> r.secretId(secret)).versionId())
                .isNotEqualTo(rotated.versionId());
    }
}
