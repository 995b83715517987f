package dev.rotor.harness.action;

import java.time.Duration;

/**
 * Stop the real database server and start it again on the same data and port (a container restart, or the embedded
 * mysqld stopped and started on its datadir); returns once it accepts connections again. Every scenario shares the
 * server, so its scenario runs alone.
 */
public record RestartDatabase(int line) implements Action {

    @Override
    public String kind() {
        return "restart-database";
    }

    @Override
    public boolean needsTheRunAlone() {
        return true;
    }

    @Override
    public ActionOutcome execute(ActionContext context) {
        long started = System.nanoTime();
        context.database().server().restart();
        return ActionOutcome.done("the database server stopped and started again ("
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms)");
    }
}
