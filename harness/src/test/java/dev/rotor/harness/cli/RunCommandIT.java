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

/** {@code rotor run} end to end: exit codes, the closing line, and the three report files. */
class RunCommandIT {
    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine cli = RotorCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    @ExtendWith(ContainerEngine.class)
    void aPassingRunExitsZeroAndWritesJunitJsonAndHtml() throws Exception {
        ContainerEngine.require();
        Path junit = dir.resolve("reports/junit.xml");
        Path json = dir.resolve("reports/run.json");
        Path html = dir.resolve("reports/run.html");
        int code = run(new StringWriter(), "run", "../scenarios", "--db", "container", "--strategy", "single-user",
                "--scenario", "first-rotation", "--junit", junit.toString(), "--json", json.toString(),
                "--html", html.toString());

        assertThat(code).isZero();
        var suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile()).getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("1");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(Files.readString(json)).contains("\"first-rotation\"").contains("PASSED");
        assertThat(Files.readString(html)).contains("<svg").contains("first-rotation");
    }

    @Test
    @ExtendWith(ContainerEngine.class)
    void aRunThatFindsAViolationExitsOne() {
        ContainerEngine.require();
        Path jar = Path.of("../functions/broken-fixtures/target/rotor-broken-fixtures.jar");
        int code = run(new StringWriter(), "run", "../scenarios", "--db", "container", "--strategy", "single-user",
                "--function", jar.toString(), "--handler", "dev.rotor.functions.mysql.broken.SingleUserKeepsOldPassword",
                "--scenario", "first-rotation");
        assertThat(code).isEqualTo(1);
    }

    @Test
    void anInvalidScenarioFileExitsTwoNamingFileAndLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: bad\nactions:\n  - rotate: {expect: maybe}\n");
        StringWriter err = new StringWriter();
        var stderr = System.err;
        var captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        int code;
        try {
            code = run(err, "run", bad.toString(), "--db", "embedded");
        } finally {
            System.setErr(stderr);
        }
        assertThat(code).isEqualTo(2);
        assertThat(captured.toString()).contains("bad.yaml:3").contains("actions[0].rotate.expect");
    }

    @Test
    void misusedOptionsAreOneClearLineAndExitTwo() {
        StringWriter err = new StringWriter();
        int code = run(err, "run", "../scenarios", "--function", "x.jar", "--db", "embedded");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--function needs --strategy and --handler").doesNotContain("at dev.rotor");
    }
}
