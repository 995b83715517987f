package dev.rotor.harness.report;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --junit}, {@code --json} and {@code --html} options, as a picocli mixin for {@code rotor run}. */
public final class ReportOptions {

    @Option(names = "--junit", paramLabel = "FILE", description = "Write a JUnit XML report (for CI) to FILE.")
    Path junit;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the whole run as JSON to FILE.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained HTML report to FILE.")
    Path html;

    /** The reports these options ask for. */
    public Reports reports() {
        return new Reports(junit, json, html);
    }
}
