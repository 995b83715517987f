package dev.rotor.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.harness.database.ContainerEngine;
import dev.rotor.harness.database.DatabaseProvider;
import dev.rotor.harness.database.DatabaseServer;
import dev.rotor.harness.database.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rotor run --parallel 2} against real MySQL and a broken function: the same verdicts as a serial run, the
 * broken function still caught, scenarios really side by side, and console blocks and reports in catalog order.
 */
@ExtendWith(ContainerEngine.class)
class ParallelRunIT {
    /** The catalog below in its order (file names sorted). */
    private static final List<String> CATALOG = List.of("clone-only", "custom-keys-preserved", "first-rotation",
            "repeated-rotations");

    private static DatabaseServer server;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startDatabaseAndWriteCatalog() throws Exception {
        ContainerEngine.require();
        server = DatabaseProvider.container().start(Engine.MYSQL);
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        for (String name : CATALOG.subList(1, CATALOG.size())) {
            Files.copy(Path.of("../scenarios/" + name + ".yaml"), scenarios.resolve(name + ".yaml"));
        }
        Files.writeString(scenarios.resolve("clone-only.yaml"), """
                name: clone-only
                strategies: [alternating-users]
                actions:
                  - rotate
                """);
    }

    @AfterAll
    static void stopDatabase() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void twoAtOnceGiveTheSerialVerdictsInCatalogOrderAndStillCatchTheBrokenFunction() throws Exception {
        Run serial = run("serial", "1");
        Run parallel = run("parallel", "2");

        assertThat(serial.code()).as(serial.console()).isEqualTo(1);
        assertThat(parallel.code()).as(parallel.console()).isEqualTo(1);
        assertThat(serial.statuses()).containsExactly(Map.entry("clone-only", "SKIPPED"),
                Map.entry("custom-keys-preserved", "FAILED"), Map.entry("first-rotation", "PASSED"),
                Map.entry("repeated-rotations", "PASSED"));
        assertThat(parallel.statuses()).as(parallel.console()).containsExactlyEntriesOf(serial.statuses());
        assertThat(parallel.json().get("scenarios").get(1).get("violations")).extracting(v -> v.get("invariant")
                .asText()).contains("FIELDS");

        assertThat(parallel.junitCases()).containsExactlyElementsOf(CATALOG);
        assertThat(parallel.htmlOrder()).containsExactlyElementsOf(CATALOG);
        assertThat(parallel.consoleBlocks()).containsExactlyElementsOf(CATALOG);
        assertThat(parallel.someScenariosOverlap()).as("two scenarios ran at the same time").isTrue();
        assertThat(serial.someScenariosOverlap()).as("a serial run runs one at a time").isFalse();
    }

    private Run run(String name, String parallel) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = RotorCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        Path junit = dir.resolve(name + "/junit.xml");
        Path json = dir.resolve(name + "/run.json");
        Path html = dir.resolve(name + "/run.html");
        int code = cli.execute("run", dir.resolve("scenarios").toString(), "--db", "external",
                "--jdbc-url", server.jdbcUrl(), "--db-user", server.admin().user(),
                "--db-password", server.admin().password(), "--strategy", "single-user",
                "--function", "../functions/broken-fixtures/target/rotor-broken-fixtures.jar",
                "--handler", "dev.rotor.functions.mysql.broken.DropsCustomKeys", "--parallel", parallel,
                "--junit", junit.toString(), "--json", json.toString(), "--html", html.toString());
        return new Run(code, out + "" + err, new ObjectMapper().readTree(json.toFile()), junit,
                Files.readString(html));
    }

    /** One run's exit code, console and reports. */
    private record Run(int code, String console, JsonNode json, Path junit, String html) {

        Map<String, String> statuses() {
            Map<String, String> statuses = new LinkedHashMap<>();
            json.get("scenarios").forEach(s -> statuses.put(s.get("name").asText(), s.get("status").asText()));
            return statuses;
        }

        List<String> junitCases() throws Exception {
            NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                    .getElementsByTagName("testcase");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < cases.getLength(); i++) {
                names.add(((Element) cases.item(i)).getAttribute("name"));
            }
            return names;
        }

        /** The catalog's names in the order the HTML report first mentions them. */
        List<String> htmlOrder() {
            return CATALOG.stream().sorted((a, b) -> Integer.compare(html.indexOf(">" + a), html.indexOf(">" + b)))
                    .toList();
        }

        /** The scenarios whose block (header line to verdict line) is whole and in this order on the console. */
        List<String> consoleBlocks() {
            List<String> lines = console.lines().toList();
            List<String> blocks = new ArrayList<>();
            String open = null;
            for (String line : lines) {
                if (line.startsWith("▶ ") || line.startsWith("> ")) {
                    assertThat(open).as("a block starts inside %s's", open).isNull();
                    open = line.substring(2);
                } else if (open != null && line.matches("(PASS |FAIL |ERROR|SKIP ) " + open + " .*")) {
                    blocks.add(open);
                    open = null;
                }
            }
            return blocks;
        }

        /** Whether the time spans of some two scenarios' timelines overlap. */
        boolean someScenariosOverlap() {
            List<Instant[]> spans = new ArrayList<>();
            json.get("scenarios").forEach(s -> {
                List<Instant> at = new ArrayList<>();
                s.get("timeline").forEach(e -> at.add(Instant.parse(e.get("at").asText())));
                if (!at.isEmpty()) {
                    spans.add(new Instant[] {at.stream().min(Instant::compareTo).orElseThrow(),
                            at.stream().max(Instant::compareTo).orElseThrow()});
                }
            });
            for (int i = 0; i < spans.size(); i++) {
                for (int j = i + 1; j < spans.size(); j++) {
                    if (spans.get(i)[0].isBefore(spans.get(j)[1]) && spans.get(j)[0].isBefore(spans.get(i)[1])) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
