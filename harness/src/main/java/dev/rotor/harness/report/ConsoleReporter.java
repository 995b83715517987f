package dev.rotor.harness.report;

import dev.rotor.harness.result.ActionResult;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.result.StepResult;
import dev.rotor.harness.result.Violation;

import java.io.PrintWriter;
import java.util.Objects;

/**
 * Shows a run on a console as it happens: one line per action with its steps ticking in, one verdict line per
 * scenario with its violations indented under it, and a summary table with the totals at the end.
 */
public final class ConsoleReporter implements RunListener {

    private static final String INDENT = "      ";

    private final PrintWriter out;
    private final ConsoleStyle style;
    private boolean actionLineOpen;

    public ConsoleReporter(PrintWriter out, ConsoleStyle style) {
        this.out = Objects.requireNonNull(out, "out");
        this.style = Objects.requireNonNull(style, "style");
    }

    @Override
    public void runStarted(String function, String strategy, String engine, String database, int scenarioCount) {
        out.println(style.bold("rotor run") + " " + safe(function, "  "));
        out.println(safe("  strategy " + strategy + ", engine " + engine + ", database " + database, "  ") + ", "
                + scenarioCount + (scenarioCount == 1 ? " scenario" : " scenarios"));
        out.println();
        out.flush();
    }

    @Override
    public void scenarioStarted(String name) {
        closeActionLine();
        out.println(style.bold(style.bullet() + " " + safe(name, "  ")));
        out.flush();
    }

    @Override
    public void actionStarted(String scenario, int index, String kind) {
        closeActionLine();
        out.print("  " + safe(kind, "  ") + " #" + index + ":");
        actionLineOpen = true;
        out.flush();
    }

    @Override
    public void stepFinished(String scenario, StepResult step) {
        if (!actionLineOpen) {
            out.print("  ");
            actionLineOpen = true;
        }
        String name = safe(step.step(), "  ") + (step.attempt() > 1 ? "(" + step.attempt() + ")" : "");
        out.print(" " + name + " " + (step.succeeded() ? style.ok() : style.notOk()));
        out.flush();
    }

    @Override
    public void actionFinished(String scenario, ActionResult action) {
        if (!actionLineOpen) {
            out.print("  " + safe(action.kind(), "  ") + " #" + action.index() + ":");
        }
        if (action.steps() == null || action.steps().isEmpty()) {
            out.print(" " + (action.met() ? style.ok() : style.notOk()) + " " + safe(action.outcome(), "    "));
        }
        out.println(" " + style.dim("(" + Durations.human(action.duration()) + ")"));
        actionLineOpen = false;
        if (!action.met()) {
            String unmet = "expected " + action.expected() + ", got " + action.outcome();
            out.println("    " + style.red(safe(unmet, "    ")));
            if (action.detail() != null && !action.detail().isBlank()) {
                out.println("    " + safe(action.detail(), "    "));
            }
        }
        out.flush();
    }

    @Override
    public void scenarioFinished(ScenarioResult scenario) {
        closeActionLine();
        out.println(verdict(scenario.status()) + " " + safe(scenario.name(), INDENT) + " "
                + style.dim("(" + Durations.human(scenario.duration()) + ")"));
        for (Violation violation : scenario.violations()) {
            out.println(INDENT + style.notOk() + " " + style.bold(violation.invariant().id()) + ": "
                    + safe(violation.message(), INDENT + "  "));
            out.println(INDENT + "  " + style.dim(safe(where(violation), INDENT + "  ")));
        }
        if (scenario.availability() != null && scenario.availability().probed()) {
            out.println(INDENT + style.dim("clients: " + AvailabilityText.of(scenario.availability())));
        }
        if (scenario.reason() != null && scenario.status() != ScenarioResult.Status.PASSED) {
            out.println(INDENT + safe(scenario.reason(), INDENT));
        }
        if (scenario.replay() != null) {
            out.println(INDENT + "replay: " + safe(scenario.replay(), INDENT));
        }
        out.println();
        out.flush();
    }

    @Override
    public void runFinished(RunResult run) {
        closeActionLine();
        new SummaryTable(style).print(run, out);
        out.flush();
    }

    String verdict(ScenarioResult.Status status) {
        return switch (status) {
            case PASSED -> style.green("PASS ");
            case FAILED -> style.red("FAIL ");
            case ERROR -> style.magenta("ERROR");
            case SKIPPED -> style.yellow("SKIP ");
        };
    }

    /** "action #2, step setSecret, user app_clone", leaving out what the violation does not say. */
    static String where(Violation violation) {
        StringBuilder where = new StringBuilder("at action #").append(violation.actionIndex());
        if (violation.step() != null && !violation.step().isBlank()) {
            where.append(", step ").append(violation.step());
        }
        if (violation.username() != null && !violation.username().isBlank()) {
            where.append(", user ").append(violation.username());
        }
        return where.toString();
    }

    /**
     * Text from the scenario or the function, made safe for a terminal (control characters such as ESC shown as
     * {@code \\uXXXX}, so a message cannot recolour or move the cursor) with continuation lines indented.
     */
    static String safe(String text, String indent) {
        return CleanText.of(text).replace("\r\n", "\n").replace("\n", "\n" + indent);
    }

    private void closeActionLine() {
        if (actionLineOpen) {
            out.println();
            actionLineOpen = false;
        }
    }
}
