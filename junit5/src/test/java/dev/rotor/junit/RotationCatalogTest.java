package dev.rotor.junit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@link RotationCatalog} decides before anything runs: the tests it makes, and options that cannot work. */
class RotationCatalogTest {
    private static final Path JAR = Path.of("target/my-rotator.jar");
    private static final RotationCatalog CATALOG = RotationCatalog.forFunction(JAR, "com.example.Rotator")
            .strategy("single-user");

    @TempDir
    Path dir;

    private static List<String> names(RotationCatalog catalog) {
        try (Stream<DynamicTest> tests = catalog.dynamicTests()) {
            return tests.map(DynamicTest::getDisplayName).toList();
        }
    }

    @Test
    void makesOneTestPerScenarioOfTheBuiltInCatalogWithoutRunningAnything() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../scenarios"))) {
            List<String> catalog = files.map(f -> f.getFileName().toString().replace(".yaml", "")).sorted().toList();

            assertThat(names(CATALOG)).isNotEmpty().containsExactlyElementsOf(catalog);
        }
    }

    @Test
    void takesAScenarioFolderOfItsOwnAndASelectionByName() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "name: alpha\nactions:\n  - rotate\n");
        Files.writeString(dir.resolve("b.yaml"), "name: beta\nactions:\n  - rotate\n");
        Files.writeString(dir.resolve("c.yaml"), "name: gamma\nactions:\n  - rotate\n");

        assertThat(names(CATALOG.scenarios(dir))).containsExactly("alpha", "beta", "gamma");
        assertThat(names(CATALOG.scenarios(dir).only("gamma", "alpha"))).containsExactly("alpha", "gamma");
    }

    @Test
    void needsTheFunctionsStrategy() {
        assertThatThrownBy(() -> RotationCatalog.forFunction(JAR, "com.example.Rotator").dynamicTests())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("RotationCatalog needs the function's strategy: .strategy(\"single-user\") or"
                        + " .strategy(\"alternating-users\")");
        assertThatThrownBy(() -> CATALOG.strategy("dual").dynamicTests())
                .hasMessage("unknown strategy 'dual' (single-user or alternating-users)");
    }

    @Test
    void refusesOptionsThatCannotWorkBeforeAnyTestRuns() {
        assertThatThrownBy(() -> CATALOG.engine("postgres").dynamicTests())
                .hasMessage("unknown engine 'postgres' (mysql or mariadb)");
        assertThatThrownBy(() -> CATALOG.db("cloud").dynamicTests())
                .hasMessageContaining("unknown database provider 'cloud'");
        assertThatThrownBy(() -> CATALOG.only("no-such-scenario").dynamicTests())
                .hasMessage("no scenario matches [no-such-scenario]");
        assertThatThrownBy(() -> CATALOG.functionTimeout("soon").dynamicTests())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CATALOG.parallel(0).dynamicTests()).hasMessage("--parallel must be at least 1");
    }

    @Test
    void takesTheRuntimeAndSecretFieldsAsRotorRunDoes() {
        assertThat(names(CATALOG.runtime("python3.12").secretField("ssl", "false"))).hasSizeGreaterThan(1);
        assertThatThrownBy(() -> CATALOG.runtime("cobol").dynamicTests())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Unsupported runtime: use java17");
        assertThatThrownBy(() -> CATALOG.secretField("password", "hunter2").dynamicTests())
                .hasMessage("--secret-field password: the harness sets this field itself");
        assertThatThrownBy(() -> CATALOG.secretField("ssl", "{\"a\": 1}").dynamicTests())
                .hasMessage("--secret-field ssl: secret fields are single values");
    }

    @Test
    void namesTheFileAndLineOfAnInvalidScenario() throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "name: bad\nactions:\n  - rotate: {expect: maybe}\n");

        assertThatThrownBy(() -> CATALOG.scenarios(dir).dynamicTests())
                .hasMessageContaining("bad.yaml:3");
    }

    @Test
    void whenTheRunCannotStartEveryScenariosTestFailsWithTheCause() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "name: alpha\nactions:\n  - rotate\n");
        Files.writeString(dir.resolve("b.yaml"), "name: beta\nactions:\n  - rotate\n");
        RotationCatalog nowhere = CATALOG.scenarios(dir).externalDatabase("jdbc:mysql://127.0.0.1:1/none", "root", "");

        try (Stream<DynamicTest> tests = nowhere.dynamicTests()) {
            tests.forEach(test -> assertThatThrownBy(() -> test.getExecutable().execute())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("the catalog run stopped before " + test.getDisplayName() + " finished: ")
                    .hasMessageContaining("127.0.0.1:1"));
        }
    }

    @Test
    void eachOptionLeavesTheCatalogItCameFromUnchanged() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "name: alpha\nactions:\n  - rotate\n");
        CATALOG.scenarios(dir).only("alpha").environment("EXCLUDE_CHARACTERS", "/@");

        assertThat(names(CATALOG)).hasSizeGreaterThan(1);
    }
}
