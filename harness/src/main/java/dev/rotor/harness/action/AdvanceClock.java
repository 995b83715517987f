package dev.rotor.harness.action;

import dev.rotor.emulator.admin.ClockState;
import dev.rotor.emulator.rotation.RotationRecord;

import java.time.Duration;
import java.util.List;

/**
 * Move the emulator's clock forward; {@code expect} (null: anything) applies to the scheduled rotation it starts,
 * or is {@code none} when no rotation may start.
 */
public record AdvanceClock(int line, Duration by, Expectation expect) implements Action {

    @Override
    public String kind() {
        return "advance-clock";
    }

    @Override
    public ActionOutcome execute(ActionContext context) throws InterruptedException {
        String arn = context.secret().arn();
        ClockState clock = context.admin().advanceClock(by);
        String moved = "clock advanced by " + by;
        if (!clock.rotationsStarted().contains(arn)) {
            return ActionOutcome.noRotation(expect, moved + "; no rotation was due");
        }
        List<RotationRecord> rotations = context.admin().rotations(arn);
        String started = rotations.get(rotations.size() - 1).id();
        return context.rotation(expect, () -> started).withDetail(moved + "; the scheduled rotation ran");
    }
}
