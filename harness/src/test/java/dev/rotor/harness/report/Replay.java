package dev.rotor.harness.report;

import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.ScenarioResult;

/** Sends a finished run's events to a listener in the order the runner sends them live. */
final class Replay {

    private Replay() {
    }

    static void to(RunListener listener, RunResult run) {
        listener.runStarted(run.function(), run.strategy(), run.engine(), run.database(), run.scenarios().size());
        for (ScenarioResult scenario : run.scenarios()) {
            ScenarioText.replay(scenario, listener);
        }
        listener.runFinished(run);
    }
}
