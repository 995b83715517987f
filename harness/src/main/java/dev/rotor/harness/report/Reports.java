package dev.rotor.harness.report;

import dev.rotor.harness.result.RunResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report files a run should leave behind ({@code --junit}, {@code --json}, {@code --html}); each path may be null
 * for "not wanted". {@link #write} creates missing parent folders and says where each report went.
 */
public record Reports(Path junit, Path json, Path html) {

    /** No report files. */
    public static final Reports NONE = new Reports(null, null, null);

    public Reports withJunit(Path file) {
        return new Reports(file, json, html);
    }

    public Reports withJson(Path file) {
        return new Reports(junit, file, html);
    }

    public Reports withHtml(Path file) {
        return new Reports(junit, json, file);
    }

    /** Writes every requested report, printing "<kind> report: <absolute path>" to {@code out}; returns the files. */
    public List<Path> write(RunResult run, PrintWriter out) {
        List<Path> written = new ArrayList<>();
        if (junit != null) {
            new JUnitXmlReport().write(run, prepare(junit));
            written.add(announce("JUnit XML report", junit, out));
        }
        if (json != null) {
            new JsonReport().write(run, prepare(json));
            written.add(announce("JSON report", json, out));
        }
        if (html != null) {
            new HtmlReport().write(run, prepare(html));
            written.add(announce("HTML report", html, out));
        }
        out.flush();
        return written;
    }

    private static Path prepare(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the folder for the report " + file, e);
        }
        return file;
    }

    private static Path announce(String kind, Path file, PrintWriter out) {
        Path absolute = file.toAbsolutePath().normalize();
        out.println(kind + ": " + absolute);
        return absolute;
    }
}
