package dev.rotor.harness.action;

import dev.rotor.emulator.rotation.RotationRecord;

import java.util.List;

/** CancelRotateSecret; a running rotation is stopped (and waited for). */
public record CancelRotation(int line) implements Action {

    @Override
    public String kind() {
        return "cancel-rotation";
    }

    @Override
    public ActionOutcome execute(ActionContext context) throws InterruptedException {
        String arn = context.secret().arn();
        List<RotationRecord> running = context.admin().rotations(arn).stream().filter(RotationSummary::running).toList();
        request(context);
        for (RotationRecord rotation : running) {
            context.awaitRotation(rotation.id());
        }
        return ActionOutcome.done(running.isEmpty() ? "rotation turned off (none was running)"
                : "rotation turned off; the running rotation was stopped");
    }

    /** CancelRotateSecret, as this action calls it. */
    public static void request(ActionContext context) {
        context.secretsManager().cancelRotateSecret(r -> r.secretId(context.secret().arn()));
    }
}
