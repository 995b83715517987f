package dev.rotor.harness.report;

import dev.rotor.harness.result.ActionResult;
import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.ClientAvailability;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.result.StepResult;
import dev.rotor.harness.result.Violation;

import static dev.rotor.harness.report.Html.escape;

/**
 * One scenario in the HTML report: a {@code <details>} card, open when the scenario did not pass, holding its
 * error, violations with evidence, actions with their steps, availability and timeline.
 */
final class ScenarioCard {

    private final TimelineSvg timeline = new TimelineSvg();

    void render(ScenarioResult scenario, int number, StringBuilder html) {
        String status = scenario.status().name().toLowerCase(java.util.Locale.ROOT);
        html.append("<details class=\"card ").append(status).append("\" id=\"scenario-").append(number).append('"')
                .append(scenario.passed() ? "" : " open").append(">\n<summary>")
                .append(pill(scenario.status())).append("<span class=\"name\">").append(escape(scenario.name()))
                .append("</span>");
        if (scenario.description() != null && !scenario.description().isBlank()) {
            html.append("<span class=\"desc\">").append(escape(scenario.description())).append("</span>");
        }
        html.append("<span class=\"spacer\"></span>");
        if (!scenario.violations().isEmpty()) {
            int count = scenario.violations().size();
            html.append("<span class=\"vcount\">").append(count).append(count == 1 ? " violation" : " violations")
                    .append("</span>");
        }
        html.append("<span class=\"time\">").append(escape(Durations.human(scenario.duration())))
                .append("</span></summary>\n<div class=\"body\">\n");
        if (scenario.file() != null) {
            html.append("<div class=\"file\">").append(escape(scenario.file())).append("</div>\n");
        }
        if (scenario.reason() != null && !scenario.reason().isBlank()) {
            html.append("<pre class=\"error-box ").append(status).append("\">").append(escape(scenario.reason()))
                    .append("</pre>\n");
        }
        if (scenario.replay() != null) {
            html.append("<div class=\"replay\">Replay: <code>").append(escape(scenario.replay()))
                    .append("</code></div>\n");
        }
        for (Violation violation : scenario.violations()) {
            violation(violation, html);
        }
        actions(scenario, html);
        availability(scenario.availability(), html);
        html.append("<h4>Timeline</h4>\n<div class=\"timeline-box\">").append(timeline.render(scenario.timeline()))
                .append("</div>\n</div>\n</details>\n");
    }

    static String pill(ScenarioResult.Status status) {
        String text = switch (status) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case ERROR -> "ERROR";
            case SKIPPED -> "SKIP";
        };
        return "<span class=\"pill " + status.name().toLowerCase(java.util.Locale.ROOT) + "\">" + text + "</span>";
    }

    private static void violation(Violation violation, StringBuilder html) {
        html.append("<div class=\"violation\"><div class=\"vhead\"><span class=\"invariant\" title=\"")
                .append(escape(violation.invariant().description())).append("\">")
                .append(escape(violation.invariant().id())).append("</span> ").append(escape(violation.message()))
                .append("</div><div class=\"where\">").append(escape(ConsoleReporter.where(violation)))
                .append("</div>");
        if (violation.evidence() != null && !violation.evidence().isEmpty()) {
            html.append("<pre class=\"evidence\">");
            violation.evidence().forEach(line -> html.append(escape(line)).append('\n'));
            html.append("</pre>");
        }
        html.append("</div>\n");
    }

    private static void actions(ScenarioResult scenario, StringBuilder html) {
        if (scenario.actions().isEmpty()) {
            return;
        }
        html.append("<h4>Actions</h4>\n<table class=\"actions\"><thead><tr><th>#</th><th>Action</th>")
                .append("<th>Expected</th><th>Outcome</th><th>Steps</th><th class=\"num\">Time</th></tr></thead>")
                .append("<tbody>\n");
        for (ActionResult action : scenario.actions()) {
            html.append("<tr class=\"").append(action.met() ? "met" : "unmet").append("\"><td>").append(action.index())
                    .append("</td><td>").append(escape(action.kind())).append("</td><td>")
                    .append(escape(action.expected())).append("</td><td class=\"outcome\">")
                    .append(action.met() ? "✓ " : "✗ ").append(escape(action.outcome()));
            if (action.detail() != null && !action.detail().isBlank()) {
                html.append("<div class=\"detail\">").append(escape(action.detail())).append("</div>");
            }
            html.append("</td><td class=\"steps\">");
            if (action.steps() != null) {
                for (StepResult step : action.steps()) {
                    step(step, html);
                }
            }
            html.append("</td><td class=\"num\">").append(escape(Durations.human(action.duration())))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private static void step(StepResult step, StringBuilder html) {
        String title = step.step() + " attempt " + step.attempt() + ", " + Durations.human(step.durationMs())
                + (step.succeeded() ? "" : ": " + step.errorType() + ": " + step.errorMessage());
        html.append("<span class=\"step ").append(step.succeeded() ? "ok" : "bad").append("\" title=\"")
                .append(escape(title)).append("\">").append(step.succeeded() ? "✓ " : "✗ ")
                .append(escape(step.step()));
        if (step.attempt() > 1) {
            html.append("<sup>").append(step.attempt()).append("</sup>");
        }
        html.append("</span>");
    }

    /** One row per client profile: connections, failures, longest outage and the verdict. */
    private static void availability(Availability availability, StringBuilder html) {
        if (availability == null || !availability.probed()) {
            return;
        }
        html.append("<h4>Availability</h4>\n<table class=\"clients\"><thead><tr><th>Client</th>")
                .append("<th class=\"num\">Connections</th><th class=\"num\">Failed</th>")
                .append("<th class=\"num\">Longest outage</th><th>Verdict</th></tr></thead><tbody>\n");
        for (ClientAvailability c : availability.clients()) {
            String tone = switch (c.verdict()) {
                case AVAILABLE -> "ok";
                case WINDOW -> "window";
                case LOCKED_OUT -> "bad";
            };
            html.append("<tr><td>").append(escape(c.client().id())).append("</td><td class=\"num\">")
                    .append(c.probes()).append("</td><td class=\"num\">").append(c.failedConnections())
                    .append("</td><td class=\"num\">").append(escape(Durations.human(c.longestOutage())))
                    .append("</td><td><span class=\"verdict-chip ").append(tone).append("\">")
                    .append(escape(c.verdict().id())).append("</span></td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }
}
