package dev.rotor.harness.report;

import dev.rotor.harness.result.ActionResult;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.result.StepResult;

import java.util.List;

/**
 * What the runner tells observers while a run happens, in order: run, then per scenario its actions and their steps.
 * Every method has a no-op default; implementations override what they show.
 */
public interface RunListener {

    /** A listener that ignores everything. */
    RunListener NONE = new RunListener() { };

    default void runStarted(String function, String strategy, String engine, String database, int scenarioCount) {
    }

    default void scenarioStarted(String name) {
    }

    default void actionStarted(String scenario, int index, String kind) {
    }

    default void stepFinished(String scenario, StepResult step) {
    }

    default void actionFinished(String scenario, ActionResult action) {
    }

    default void scenarioFinished(ScenarioResult scenario) {
    }

    default void runFinished(RunResult run) {
    }

    /** One listener that forwards every event to each of {@code listeners}, in order. */
    static RunListener all(List<? extends RunListener> listeners) {
        List<RunListener> copy = List.copyOf(listeners);
        return new RunListener() {
            @Override
            public void runStarted(String function, String strategy, String engine, String database, int count) {
                copy.forEach(l -> l.runStarted(function, strategy, engine, database, count));
            }

            @Override
            public void scenarioStarted(String name) {
                copy.forEach(l -> l.scenarioStarted(name));
            }

            @Override
            public void actionStarted(String scenario, int index, String kind) {
                copy.forEach(l -> l.actionStarted(scenario, index, kind));
            }

            @Override
            public void stepFinished(String scenario, StepResult step) {
                copy.forEach(l -> l.stepFinished(scenario, step));
            }

            @Override
            public void actionFinished(String scenario, ActionResult action) {
                copy.forEach(l -> l.actionFinished(scenario, action));
            }

            @Override
            public void scenarioFinished(ScenarioResult scenario) {
                copy.forEach(l -> l.scenarioFinished(scenario));
            }

            @Override
            public void runFinished(RunResult run) {
                copy.forEach(l -> l.runFinished(run));
            }
        };
    }
}
