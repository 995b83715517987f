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
    void aRunThatFindsAViolationExitsOne() {
        ContainerEngine.require();
        Path jar = Path.of("../functions/broken-fixtures/target/rotor-broken-fixtures.jar");
        int code = run("run", "../scenarios", "--db", "container", "--strategy", "single-user",
                "--function", jar.toString(), "--handler", "dev.rotor.functions.mysql.broken.SingleUserKeepsOldPassword",
                "--scenario", "first-rotation");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL  first-rotation", "login: ");
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
        int code = run("run", "../scenarios", "--function", "x.jar", "--db", "embedded");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--function needs --strategy and --handler").doesNotContain("at dev.rotor");
    }
}
