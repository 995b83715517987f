package dev.rotor.harness.cli;

import dev.rotor.harness.database.ContainerEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.rotor.harness.report.JsonReport;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.Violation;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rotor run} end to end: exit codes, the console, the closing line, and the three report files. */
class RunCommandIT {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = RotorCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    @ExtendWith(ContainerEngine.class)
    void aPassingRunExitsZeroReportsTheSkippedScenarioAndWritesJunitJsonAndHtml() throws Exception {
        ContainerEngine.require();
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(Path.of("../scenarios/first-rotation.yaml"), scenarios.resolve("first-rotation.yaml"));
        Files.writeString(scenarios.resolve("clone-only.yaml"), """
                name: clone-only
                strategies: [alternating-users]
                actions:
                  - rotate
                """);
        Path junit = dir.resolve("reports/junit.xml");
        Path json = dir.resolve("reports/run.json");
        Path html = dir.resolve("reports/run.html");
        int code = run("run", scenarios.toString(), "--db", "container", "--strategy", "single-user",
                "--junit", junit.toString(), "--json", json.toString(), "--html", html.toString());

        assertThat(code).as("%s%s", out, err).isZero();
        assertThat(out.toString()).contains("PASS  first-rotation", "SKIP  clone-only",
                "applies to strategy alternating-users only; the function under test is single-user",
                "1 passed, 0 failed, 1 skipped", "JUnit XML report: " + junit.toAbsolutePath());
        var suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile()).getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        var skipped = (org.w3c.dom.Element) suite.getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).contains("applies to strategy alternating-users only");
        assertThat(Files.readString(json)).contains("\"first-rotation\"", "PASSED", "SKIPPED",
                "\"reason\" : \"applies to strategy alternating-users only");
        assertThat(Files.readString(html)).contains("<svg", "first-rotation", "clone-only",
                "applies to strategy alternating-users only");
    }

    @Test
    @ExtendWith(ContainerEngine.class)
    void aRunThatFindsAViolationExitsOnePrintsTheReplayCommandAndTheReplayFindsItAgainExactly() throws Exception {
        ContainerEngine.require();
        Path jar = Path.of("../functions/broken-fixtures/target/rotor-broken-fixtures.jar");
        Path replay = dir.resolve("replay.json");
        int code = run("run", "../scenarios", "--db", "container", "--strategy", "single-user",
                "--function", jar.toString(), "--handler", "dev.rotor.functions.mysql.broken.SingleUserKeepsOldPassword",
                "--scenario", "first-rotation", "--replay-out", replay.toString(), "--json",
                dir.resolve("first.json").toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL  first-rotation", "login: ",
                "replay: rotor run --replay " + replay + " --strategy single-user --scenario first-rotation",
                "Replay file: " + replay.toAbsolutePath());

        out.getBuffer().setLength(0);
        int again = run("run", "--replay", replay.toString(), "--json", dir.resolve("again.json").toString());

        assertThat(again).as("%s%s", out, err).isEqualTo(1);
        String console = out.toString();
        assertThat(console).contains("FAIL  first-rotation", "replay: 1 scenario ended as recorded");
        RunResult first = new JsonReport().read(Files.readString(dir.resolve("first.json")));
        RunResult replayed = new JsonReport().read(Files.readString(dir.resolve("again.json")));
        assertThat(replayed.seed()).isEqualTo(first.seed());
        assertThat(replayed.scenarios().get(0).seed()).isEqualTo(first.scenarios().get(0).seed());
        assertThat(replayed.scenarios().get(0).violations()).extracting(Violation::username)
                .as("the same seeded user names in %s", console).isEqualTo(first.scenarios().get(0).violations().stream()
                        .map(Violation::username).toList());
    }

    @Test
    void aReplayTakesItsOptionsFromTheFileOnly() throws Exception {
        Path replay = Files.writeString(dir.resolve("replay.json"), "{}");
        int code = run("run", "--replay", replay.toString(), "--engine", "mariadb");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--replay takes --engine from the replay file");
    }

    @Test
    @ExtendWith(ContainerEngine.class)
    void aPythonFunctionFromAZipRunsWithItsRuntimeAndTheGivenSecretFields() throws Exception {
        ContainerEngine.require();
        Path zip = Path.of("../functions/python-fixtures/target/rotor-python-fixtures.zip");
        Path json = dir.resolve("run.json");
        int code = run("run", "../scenarios", "--db", "container", "--strategy", "single-user", "--function",
                zip.toString(), "--runtime", "python3.11", "--handler", "single_user.lambda_handler",
                "--secret-field", "ssl=false", "--secret-field", "team=payments", "--scenario", "first-rotation",
                "--json", json.toString());

        assertThat(code).as("%s%s", out, err).isZero();
        assertThat(out.toString()).contains("rotor run rotor-python-fixtures.zip (python3.11)", "PASS  first-rotation");
        assertThat(Files.readString(json)).contains("single_user.lambda_handler");

        int dropping = run("run", "../scenarios", "--db", "container", "--strategy", "single-user", "--function",
                zip.toString(), "--runtime", "python3.11", "--handler", "broken_drops_custom_keys.lambda_handler",
                "--secret-field", "ssl=false", "--secret-field", "team=payments", "--scenario", "first-rotation",
                "--json", json.toString());
        assertThat(dropping).as("the fields added on the command line are in the secret: dropping them is caught")
                .isEqualTo(1);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile())
                .findValues("evidence").toString()).contains("expected: {", "\\\"ssl\\\":false",
                "\\\"team\\\":\\\"payments\\\"");
    }

    @Test
    @ExtendWith(ContainerEngine.class)
    void aFunctionThatCannotRunStopsTheRunWithTheEmulatorsMessageAndExitTwo() throws Exception {
        ContainerEngine.require();
        Path slip = dir.resolve("slip.zip");
        try (var zip = new ZipOutputStream(Files.newOutputStream(slip))) {
            zip.putNextEntry(new ZipEntry("../outside.py"));
            zip.closeEntry();
        }
        int code = run("run", "../scenarios", "--db", "container", "--strategy", "single-user", "--function",
                slip.toString(), "--runtime", "python3.11", "--handler", "single_user.lambda_handler");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("zip-slip").doesNotContain("at dev.rotor");
        assertThat(out.toString()).doesNotContain("PASS", "FAIL");
    }

    @Test
    void anInvalidScenarioFileExitsTwoNamingFileAndLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: bad\nactions:\n  - rotate: {expect: maybe}\n");
        int code = run("run", bad.toString(), "--db", "embedded");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("bad.yaml:3").contains("actions[0].rotate.expect");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void misusedOptionsAreOneClearLineAndExitTwo() {
        assertThat(run("run", "../scenarios", "--function", "x.jar", "--db", "embedded")).isEqualTo(2);
        assertThat(run("run", "../scenarios", "--runtime", "python3.11", "--db", "embedded")).isEqualTo(2);
        assertThat(run("run", "../scenarios", "--runtime", "cobol", "--db", "embedded")).isEqualTo(2);
        assertThat(run("run", "../scenarios", "--secret-field", "host=elsewhere", "--db", "embedded")).isEqualTo(2);
        assertThat(err.toString()).contains("--function needs --strategy and --handler",
                "--runtime python3.11 needs --function: the reference functions are Java",
                "Unsupported runtime: use java17, java21, python3.9, python3.10, python3.11, python3.12, python3.13,"
                        + " provided", "--secret-field host: the harness sets this field itself")
                .doesNotContain("at dev.rotor");
    }
}
