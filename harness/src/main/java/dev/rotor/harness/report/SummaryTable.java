package dev.rotor.harness.report;

import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.result.ScenarioResult.Status;
import dev.rotor.harness.result.Violation;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The end-of-run table (scenario, status, time, violations) and the totals. The totals line is exactly
 * {@code N passed, N failed} (plus {@code , N skipped} when some were skipped) so scripts can look for it; an errored
 * scenario counts as failed there, and a line under it says how many of the failures were errors.
 */
final class SummaryTable {

    private final ConsoleStyle style;

    SummaryTable(ConsoleStyle style) {
        this.style = style;
    }

    void print(RunResult run, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Scenario", "Status", "Time", "Violations"});
        for (ScenarioResult scenario : run.scenarios()) {
            rows.add(new String[] {oneLine(scenario.name()), scenario.status().name(),
                Durations.human(scenario.duration()), violations(scenario)});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        out.println(style.bold(line(rows.get(0), widths)));
        for (int i = 1; i < rows.size(); i++) {
            out.println(colour(run.scenarios().get(i - 1).status(), line(rows.get(i), widths)));
        }
        out.println();
        out.println(totals(run));
        long errors = run.count(Status.ERROR);
        if (errors > 0) {
            out.println("  of which " + errors + (errors == 1 ? " is an error" : " are errors") + " (could not run)");
        }
        out.println("Total time " + Durations.human(run.duration()) + ", database started in "
                + Durations.human(run.databaseStart()));
    }

    /** "3 passed, 2 failed" or "3 passed, 2 failed, 1 skipped"; ERROR counts as failed. */
    static String totals(RunResult run) {
        long failed = run.count(Status.FAILED) + run.count(Status.ERROR);
        long skipped = run.count(Status.SKIPPED);
        String totals = run.count(Status.PASSED) + " passed, " + failed + " failed";
        return skipped > 0 ? totals + ", " + skipped + " skipped" : totals;
    }

    /** A cell's text: terminal-safe and on one line. */
    private static String oneLine(String text) {
        return CleanText.of(text).replaceAll("\\s*\\R\\s*", " ");
    }

    private static String violations(ScenarioResult scenario) {
        if (scenario.violations().isEmpty()) {
            return scenario.status() == Status.ERROR || scenario.status() == Status.SKIPPED ? "-" : "0";
        }
        String ids = scenario.violations().stream().map(Violation::invariant).distinct().map(Invariant::id)
                .collect(Collectors.joining(", "));
        return scenario.violations().size() + " (" + ids + ")";
    }

    private String colour(Status status, String text) {
        return switch (status) {
            case PASSED -> style.green(text);
            case FAILED -> style.red(text);
            case ERROR -> style.magenta(text);
            case SKIPPED -> style.yellow(text);
        };
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(cells[i]);
            if (i < cells.length - 1) {
                int pad = widths[i] - cells[i].codePointCount(0, cells[i].length()) + 2;
                line.append(" ".repeat(pad));
            }
        }
        return line.toString();
    }
}
