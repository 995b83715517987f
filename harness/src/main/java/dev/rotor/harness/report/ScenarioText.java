package dev.rotor.harness.report;

import dev.rotor.harness.result.ActionResult;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.result.StepResult;
import dev.rotor.harness.result.Violation;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * One finished scenario as the console shows it (its actions and steps, the verdict, each violation and where it was
 * seen), without colour, followed by each violation's evidence: the journal events around it. The failure message of
 * a scenario run as a JUnit test.
 */
public final class ScenarioText {
    private ScenarioText() {
    }

    public static String of(ScenarioResult scenario) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        replay(scenario, new ConsoleReporter(out, ConsoleStyle.PLAIN));
        for (Violation violation : scenario.violations()) {
            if (!violation.evidence().isEmpty()) {
                out.println("evidence of " + violation.invariant().id() + " ("
                        + ConsoleReporter.safe(ConsoleReporter.where(violation), "  ") + "):");
                violation.evidence().forEach(event -> out.println("  " + ConsoleReporter.safe(event, "    ")));
            }
        }
        out.flush();
        return text.toString().stripTrailing();
    }

    /** Sends a finished scenario's events to {@code listener} in the order the runner sends them live. */
    static void replay(ScenarioResult scenario, RunListener listener) {
        listener.scenarioStarted(scenario.name());
        for (ActionResult action : scenario.actions()) {
            listener.actionStarted(scenario.name(), action.index(), action.kind());
            for (StepResult step : action.steps() == null ? List.<StepResult>of() : action.steps()) {
                listener.stepFinished(scenario.name(), step);
            }
            listener.actionFinished(scenario.name(), action);
        }
        listener.scenarioFinished(scenario);
    }
}
