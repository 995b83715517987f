package dev.rotor.harness.runner;

import dev.rotor.harness.report.RunListener;
import dev.rotor.harness.result.ActionResult;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.result.StepResult;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Shows scenarios that run at the same time one after another, each as one block, in catalog order: the events of the
 * first unfinished scenario pass straight through (it is shown live), a later scenario's are held until every earlier
 * one finished. What the listener sees is therefore what a serial run shows; with one scenario at a time nothing is
 * ever held.
 */
final class CatalogOrderListener {
    private final RunListener target;
    private final List<List<Consumer<RunListener>>> held = new ArrayList<>();
    private final boolean[] finished;
    private int head;

    CatalogOrderListener(RunListener target, int scenarios) {
        this.target = target;
        this.finished = new boolean[scenarios];
        for (int i = 0; i < scenarios; i++) {
            held.add(new ArrayList<>());
        }
    }

    /** The listener for the scenario at {@code index} (from 0) of the catalog. */
    RunListener scenario(int index) {
        return new Slot(index);
    }

    private synchronized void event(int index, Consumer<RunListener> event, boolean last) {
        if (index == head) {
            event.accept(target);
        } else {
            held.get(index).add(event);
        }
        if (last) {
            finished[index] = true;
        }
        while (head < finished.length && finished[head]) {
            head++;
            if (head < finished.length) {
                held.get(head).forEach(e -> e.accept(target));
                held.get(head).clear();
            }
        }
    }

    /** One scenario's events, passed on or held. */
    private final class Slot implements RunListener {
        private final int index;

        Slot(int index) {
            this.index = index;
        }

        @Override
        public void scenarioStarted(String name) {
            event(index, l -> l.scenarioStarted(name), false);
        }

        @Override
        public void actionStarted(String scenario, int action, String kind) {
            event(index, l -> l.actionStarted(scenario, action, kind), false);
        }

        @Override
        public void stepFinished(String scenario, StepResult step) {
            event(index, l -> l.stepFinished(scenario, step), false);
        }

        @Override
        public void actionFinished(String scenario, ActionResult action) {
            event(index, l -> l.actionFinished(scenario, action), false);
        }

        @Override
        public void scenarioFinished(ScenarioResult scenario) {
            event(index, l -> l.scenarioFinished(scenario), true);
        }
    }
}
