package dev.rotor.harness.report;

import dev.rotor.harness.result.ActionResult;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.result.StepResult;

/** Sends a finished run's events to a listener in the order the runner sends them live. */
final class Replay {

    private Replay() {
    }

    static void to(RunListener listener, RunResult run) {
        listener.runStarted(run.function(), run.strategy(), run.engine(), run.database(), run.scenarios().size());
        for (ScenarioResult scenario : run.scenarios()) {
            listener.scenarioStarted(scenario.name());
            for (ActionResult action : scenario.actions()) {
                listener.actionStarted(scenario.name(), action.index(), action.kind());
                for (StepResult step : action.steps()) {
                    listener.stepFinished(scenario.name(), step);
                }
                listener.actionFinished(scenario.name(), action);
            }
            listener.scenarioFinished(scenario);
        }
        listener.runFinished(run);
    }
}
