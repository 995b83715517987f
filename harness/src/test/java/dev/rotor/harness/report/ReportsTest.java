package dev.rotor.harness.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportsTest {

    @TempDir
    Path dir;

    @Test
    void writesEachRequestedReportIntoNewFoldersAndSaysWhere() throws Exception {
        StringWriter said = new StringWriter();
        Reports reports = Reports.NONE.withJunit(dir.resolve("ci/junit/rotor.xml"))
                .withJson(dir.resolve("out/run.json")).withHtml(dir.resolve("out/html/index.html"));

        List<Path> written = reports.write(SampleRuns.mixed(), new PrintWriter(said, true));

        assertThat(written).containsExactly(dir.resolve("ci/junit/rotor.xml"), dir.resolve("out/run.json"),
                dir.resolve("out/html/index.html"));
        assertThat(Files.readString(written.get(0))).contains("<testsuite name=\"rotor.alternating-users.mysql-8-4\"");
        assertThat(Files.readString(written.get(1))).contains("\"strategy\" : \"alternating-users\"");
        assertThat(Files.readString(written.get(2))).contains("<svg class=\"timeline\"");
        assertThat(said.toString().lines()).containsExactly(
                "JUnit XML report: " + dir.resolve("ci/junit/rotor.xml"),
                "JSON report: " + dir.resolve("out/run.json"),
                "HTML report: " + dir.resolve("out/html/index.html"));
    }

    @Test
    void writesNothingWhenNoReportIsRequested() throws Exception {
        StringWriter said = new StringWriter();

        assertThat(Reports.NONE.write(SampleRuns.mixed(), new PrintWriter(said))).isEmpty();
        assertThat(said.toString()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void readsTheReportFilesFromCommandLineOptions() {
        ReportOptions options = new ReportOptions();
        new CommandLine(options).parseArgs("--junit", "a.xml", "--html", "b/c.html");

        assertThat(options.reports()).isEqualTo(new Reports(Path.of("a.xml"), null, Path.of("b/c.html")));
    }
}
