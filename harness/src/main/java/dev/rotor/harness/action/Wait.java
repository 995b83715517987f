package dev.rotor.harness.action;

import java.time.Duration;

/** Pause for real time: a scenario's own wait, not a synchronisation. */
public record Wait(int line, Duration duration) implements Action {

    @Override
    public String kind() {
        return "wait";
    }

    @Override
    public ActionOutcome execute(ActionContext context) throws InterruptedException {
        Thread.sleep(duration.toMillis());
        return ActionOutcome.done("waited " + duration.toMillis() + " ms");
    }
}
