package dev.rotor.harness.runner;

import dev.rotor.emulator.admin.AdminException;
import dev.rotor.emulator.admin.Fault;
import dev.rotor.emulator.admin.RaceHandler;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.harness.action.ActionContext;
import dev.rotor.harness.action.CancelRotation;
import dev.rotor.harness.action.PutValue;
import dev.rotor.harness.action.Rotate;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

import java.util.Map;

/**
 * Performs a race's action while the emulator holds the rotation between two steps, as the scenario's own action of
 * that name does: put-value stores a random password by hand and sets it in the database too; rotate and
 * cancel-rotation make their call, without waiting for rotations (the held one cannot go on meanwhile). What AWS
 * answers is the emulator's to record as the race's outcome: a refusal (RotateSecret while a rotation is under way)
 * goes back as an admin refusal carrying AWS's error type and message, which the emulator records as it is, rather
 * than as a failure of this handler.
 */
final class HarnessRaceHandler implements RaceHandler {
    private final ActionContext context;

    HarnessRaceHandler(ActionContext context) {
        this.context = context;
    }

    @Override
    public void perform(Fault.Race race, RotationRecord rotation) {
        try {
            switch (race.action()) {
                case PUT_VALUE -> new PutValue(0, Map.of("password", "random")).execute(context);
                case ROTATE -> Rotate.request(context, true);
                case CANCEL_ROTATION -> CancelRotation.request(context);
            }
        } catch (AwsServiceException e) {
            if (e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null) {
                throw e;
            }
            throw new AdminException(AdminException.Reason.INVALID, e.awsErrorDetails().errorCode(),
                    e.awsErrorDetails().errorMessage());
        }
    }
}
