package dev.rotor.harness.report;

import dev.rotor.harness.result.ActionResult;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.result.StepResult;
import dev.rotor.harness.result.Violation;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a run as one JUnit XML {@code <testsuite>} (the Surefire/Ant format CI servers read): a test case per
 * scenario, its violations and their evidence in {@code <failure>}, {@code <error>} when it could not run,
 * {@code <skipped>}, and its action log in {@code <system-out>}. The suite is named {@code rotor.<strategy>.<engine>}.
 */
public final class JUnitXmlReport {

    /** Ant's schema: local date-time to the second, no zone; Rotor writes UTC. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    public void write(RunResult run, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(run, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the JUnit XML report to " + file, e);
        }
    }

    public void write(RunResult run, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            writeSuite(run, xml);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the JUnit XML report", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the JUnit XML report", e);
        }
    }

    /** {@code rotor.<strategy>.<engine>}, dots and spaces in the parts made into dashes so the name stays 3 parts. */
    public static String suiteName(RunResult run) {
        return "rotor." + part(run.strategy()) + "." + part(run.engine());
    }

    private static String part(String value) {
        return value == null || value.isBlank() ? "unknown" : value.trim().replaceAll("[.\\s]+", "-");
    }

    private void writeSuite(RunResult run, XMLStreamWriter xml) throws XMLStreamException {
        String suite = suiteName(run);
        xml.writeStartElement("testsuite");
        attribute(xml, "name", suite);
        attribute(xml, "tests", String.valueOf(run.scenarios().size()));
        attribute(xml, "failures", String.valueOf(run.count(ScenarioResult.Status.FAILED)));
        attribute(xml, "errors", String.valueOf(run.count(ScenarioResult.Status.ERROR)));
        attribute(xml, "skipped", String.valueOf(run.count(ScenarioResult.Status.SKIPPED)));
        attribute(xml, "time", Durations.seconds(run.duration()));
        if (run.startedAt() != null) {
            attribute(xml, "timestamp", TIMESTAMP.format(run.startedAt().truncatedTo(ChronoUnit.SECONDS)));
        }
        xml.writeCharacters("\n  ");
        writeProperties(run, xml);
        for (ScenarioResult scenario : run.scenarios()) {
            xml.writeCharacters("\n  ");
            writeCase(suite, scenario, xml);
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private void writeProperties(RunResult run, XMLStreamWriter xml) throws XMLStreamException {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("rotor.function", run.function());
        properties.put("rotor.handler", run.handler());
        properties.put("rotor.strategy", run.strategy());
        properties.put("rotor.engine", run.engine());
        properties.put("rotor.database", run.database());
        properties.put("rotor.databaseStartSeconds", Durations.seconds(run.databaseStart()));
        properties.put("rotor.seed", String.valueOf(run.seed()));
        xml.writeStartElement("properties");
        for (Map.Entry<String, String> property : properties.entrySet()) {
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement("property");
            attribute(xml, "name", property.getKey());
            attribute(xml, "value", property.getValue());
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private void writeCase(String suite, ScenarioResult scenario, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("testcase");
        attribute(xml, "classname", suite);
        attribute(xml, "name", scenario.name());
        attribute(xml, "time", Durations.seconds(scenario.duration()));
        switch (scenario.status()) {
            case FAILED -> {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("failure");
                attribute(xml, "message", failureMessage(scenario));
                attribute(xml, "type", failureType(scenario));
                text(xml, failureText(scenario));
                xml.writeEndElement();
            }
            case ERROR -> {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("error");
                attribute(xml, "message", firstLine(scenario.reason()));
                attribute(xml, "type", "rotor.error");
                text(xml, scenario.reason() + (scenario.replay() == null ? "" : "\nreplay: " + scenario.replay()));
                xml.writeEndElement();
            }
            case SKIPPED -> {
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement("skipped");
                if (scenario.reason() != null) {
                    attribute(xml, "message", scenario.reason());
                }
            }
            case PASSED -> { }
        }
        xml.writeCharacters("\n    ");
        xml.writeStartElement("system-out");
        text(xml, actionLog(scenario));
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /** "labels: two versions are AWSCURRENT (+1 more)", or the first unmet expectation when no invariant broke. */
    static String failureMessage(ScenarioResult scenario) {
        if (!scenario.violations().isEmpty()) {
            Violation first = scenario.violations().get(0);
            int more = scenario.violations().size() - 1;
            return first.invariant().id() + ": " + first.message() + (more > 0 ? " (+" + more + " more)" : "");
        }
        return scenario.actions().stream().filter(a -> !a.met()).findFirst()
                .map(a -> a.kind() + " #" + a.index() + ": expected " + a.expected() + ", got " + a.outcome())
                .orElse(scenario.reason() != null ? firstLine(scenario.reason()) : "scenario failed");
    }

    private static String failureType(ScenarioResult scenario) {
        if (scenario.violations().isEmpty()) {
            return "rotor.expectation";
        }
        return "rotor." + scenario.violations().get(0).invariant().id();
    }

    static String failureText(ScenarioResult scenario) {
        StringBuilder text = new StringBuilder();
        for (Violation violation : scenario.violations()) {
            text.append(violation.invariant().id()).append(": ").append(violation.message()).append('\n');
            text.append("  ").append(ConsoleReporter.where(violation)).append('\n');
            if (violation.evidence() != null && !violation.evidence().isEmpty()) {
                text.append("  evidence:\n");
                violation.evidence().forEach(line -> text.append("    ").append(line).append('\n'));
            }
            text.append('\n');
        }
        for (ActionResult action : scenario.actions()) {
            if (!action.met()) {
                text.append(action.kind()).append(" #").append(action.index()).append(": expected ")
                        .append(action.expected()).append(", got ").append(action.outcome()).append('\n');
            }
        }
        if (scenario.reason() != null) {
            text.append(scenario.reason()).append('\n');
        }
        if (scenario.replay() != null) {
            text.append("replay: ").append(scenario.replay()).append('\n');
        }
        return text.toString();
    }

    /** One line per action and per step invocation, as a person would read it in a CI log. */
    static String actionLog(ScenarioResult scenario) {
        StringBuilder log = new StringBuilder();
        if (scenario.file() != null) {
            log.append("scenario file: ").append(scenario.file()).append('\n');
        }
        for (ActionResult action : scenario.actions()) {
            log.append(action.kind()).append(" #").append(action.index()).append(": ").append(action.outcome())
                    .append(action.met() ? "" : " (expected " + action.expected() + ")")
                    .append(" in ").append(Durations.human(action.duration())).append('\n');
            for (StepResult step : action.steps() == null ? List.<StepResult>of() : action.steps()) {
                log.append("  ").append(step.step()).append(" attempt ").append(step.attempt()).append(": ")
                        .append(step.succeeded() ? "ok" : "failed").append(" in ")
                        .append(Durations.human(step.durationMs()));
                if (!step.succeeded()) {
                    log.append(" - ").append(step.errorType()).append(": ").append(step.errorMessage());
                }
                log.append('\n');
            }
            if (action.detail() != null && !action.detail().isBlank()) {
                log.append("  ").append(action.detail()).append('\n');
            }
        }
        if (scenario.availability() != null && scenario.availability().probed()) {
            log.append("availability: ").append(AvailabilityText.of(scenario.availability())).append('\n');
        }
        return log.toString();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, CleanText.of(value));
    }

    private static void text(XMLStreamWriter xml, String value) throws XMLStreamException {
        xml.writeCharacters(CleanText.of(value));
    }
}
