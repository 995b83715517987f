package dev.rotor.harness.runner;

import dev.rotor.harness.report.RunListener;
import dev.rotor.harness.result.ActionResult;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.result.StepResult;

/**
 * Shows scenario names with a prefix (the strategy, {@code single-user/}, when a run tests both reference
 * functions), and renames results the same way; an empty prefix changes nothing.
 */
final class PrefixedListener implements RunListener {
    private final RunListener listener;
    private final String prefix;

    PrefixedListener(RunListener listener, String prefix) {
        this.listener = listener;
        this.prefix = prefix;
    }

    ScenarioResult renamed(ScenarioResult r) {
        return prefix.isEmpty() ? r : new ScenarioResult(prefix + r.name(), r.description(), r.file(), r.status(),
                r.duration(), r.actions(), r.violations(), r.availability(), r.timeline(), r.reason(), r.seed(),
                r.replay());
    }

    @Override
    public void scenarioStarted(String name) {
        listener.scenarioStarted(prefix + name);
    }

    @Override
    public void actionStarted(String scenario, int index, String kind) {
        listener.actionStarted(prefix + scenario, index, kind);
    }

    @Override
    public void stepFinished(String scenario, StepResult step) {
        listener.stepFinished(prefix + scenario, step);
    }

    @Override
    public void actionFinished(String scenario, ActionResult action) {
        listener.actionFinished(prefix + scenario, action);
    }

    @Override
    public void scenarioFinished(ScenarioResult scenario) {
        listener.scenarioFinished(renamed(scenario));
    }
}
