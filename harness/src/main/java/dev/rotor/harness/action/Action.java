package dev.rotor.harness.action;

/**
 * One action of a scenario. Each kind is its own record that carries itself out against an {@link ActionContext};
 * a new kind is a new record (and a row in the scenario reader's table), not a branch in the runner.
 */
public interface Action {

    /** The line of the scenario file it came from, for messages. */
    int line();

    /** The name scenario files use, e.g. {@code rotate}. */
    String kind();

    ActionOutcome execute(ActionContext context) throws InterruptedException;

    /**
     * Whether the action reaches beyond its own scenario (e.g. restarts the database server every scenario shares),
     * so that its scenario must run with no other running at the same time.
     */
    default boolean needsTheRunAlone() {
        return false;
    }
}
