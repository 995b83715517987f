package dev.rotor.harness.runner;

import dev.rotor.harness.report.RunListener;
import dev.rotor.harness.result.ActionResult;
import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.ScenarioResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogOrderListenerTest {
    private final List<String> seen = new ArrayList<>();
    private final RunListener recorder = new RunListener() {
        @Override
        public void scenarioStarted(String name) {
            seen.add("start " + name);
        }

        @Override
        public void actionStarted(String scenario, int index, String kind) {
            seen.add(scenario + " " + kind + " #" + index);
        }

        @Override
        public void actionFinished(String scenario, ActionResult action) {
            seen.add(scenario + " done #" + action.index());
        }

        @Override
        public void scenarioFinished(ScenarioResult scenario) {
            seen.add("end " + scenario.name());
        }
    };

    @Test
    void scenariosFinishingInReverseOrderAreShownInCatalogOrderEachAsOneBlock() {
        CatalogOrderListener order = new CatalogOrderListener(recorder, 3);
        RunListener a = order.scenario(0);
        RunListener b = order.scenario(1);
        RunListener c = order.scenario(2);

        c.scenarioStarted("c");
        b.scenarioStarted("b");
        a.scenarioStarted("a");
        c.actionStarted("c", 1, "rotate");
        b.actionStarted("b", 1, "wait");
        a.actionStarted("a", 1, "rotate");
        c.actionFinished("c", action(1));
        c.scenarioFinished(result("c"));
        b.actionFinished("b", action(1));
        b.scenarioFinished(result("b"));
        a.actionFinished("a", action(1));
        a.scenarioFinished(result("a"));

        assertThat(seen).containsExactly(
                "start a", "a rotate #1", "a done #1", "end a",
                "start b", "b wait #1", "b done #1", "end b",
                "start c", "c rotate #1", "c done #1", "end c");
    }

    @Test
    void theFirstUnfinishedScenarioIsShownLiveAndTheNextOneTakesOverWhenItFinishes() {
        CatalogOrderListener order = new CatalogOrderListener(recorder, 2);
        RunListener a = order.scenario(0);
        RunListener b = order.scenario(1);

        a.scenarioStarted("a");
        b.scenarioStarted("b");
        assertThat(seen).containsExactly("start a");

        a.scenarioFinished(result("a"));
        assertThat(seen).containsExactly("start a", "end a", "start b");

        b.actionStarted("b", 1, "rotate");
        assertThat(seen).endsWith("b rotate #1");
    }

    @Test
    void aScenarioThatFinishedEarlyIsShownAsSoonAsEveryEarlierOneFinished() {
        CatalogOrderListener order = new CatalogOrderListener(recorder, 3);
        order.scenario(1).scenarioStarted("b");
        order.scenario(1).scenarioFinished(result("b"));
        order.scenario(2).scenarioStarted("c");
        assertThat(seen).isEmpty();

        order.scenario(0).scenarioStarted("a");
        order.scenario(0).scenarioFinished(result("a"));

        assertThat(seen).containsExactly("start a", "end a", "start b", "end b", "start c");
    }

    private static ActionResult action(int index) {
        return new ActionResult(index, "rotate", "any", "succeeded", true, Duration.ZERO, List.of(), null);
    }

    private static ScenarioResult result(String name) {
        return new ScenarioResult(name, "", name + ".yaml", ScenarioResult.Status.PASSED, Duration.ZERO, List.of(),
                List.of(), Availability.NONE, List.of(), null, 0, null);
    }
}
