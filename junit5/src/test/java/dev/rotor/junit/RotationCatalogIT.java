package dev.rotor.junit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;

/**
 * {@link RotationCatalog} run by JUnit itself (EngineTestKit) against a real mysqld (embedded: no container engine
 * needed, so nothing here can be skipped): the installed reference function's {@code -lambda} jar passes, a scenario
 * for the other strategy is skipped with the reason, and a broken function's test fails with the console's report and
 * the evidence; a Python function from its deployment zip passes with its runtime and a secret field.
 */
class RotationCatalogIT {
    private static final String BROKEN = "dev.rotor.functions.mysql.broken.";

    @TempDir
    static Path scenarios;

    private static Path jar(String property) {
        Path jar = Path.of(System.getProperty(property, "")).toAbsolutePath();
        assertThat(jar).as("build the functions first (mvn install)").isRegularFile();
        return jar;
    }

    @BeforeAll
    static void scenarios() throws IOException {
        Files.copy(Path.of("../scenarios/first-rotation.yaml"), scenarios.resolve("first-rotation.yaml"));
        Files.copy(Path.of("../scenarios/custom-keys-preserved.yaml"), scenarios.resolve("custom-keys-preserved.yaml"));
        Files.writeString(scenarios.resolve("clone-only.yaml"),
                "name: clone-only\nstrategies: [alternating-users]\nactions:\n  - rotate\n");
    }

    private static Events run(Class<?> factory) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(factory)).execute().testEvents();
    }

    @Test
    void theInstalledReferenceFunctionPassesEveryScenarioAndTheOtherStrategysIsSkipped() {
        Events events = run(ReferenceFunction.class);

        events.assertStatistics(stats -> stats.started(3).succeeded(2).failed(0).aborted(1));
        assertThat(events.succeeded().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactly("custom-keys-preserved", "first-rotation");
        events.aborted().assertThatEvents().haveExactly(1, event(test(), displayName("clone-only")));
        Throwable skipped = events.aborted().stream().findFirst().orElseThrow().getPayload(
                org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
        assertThat(skipped).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("applies to strategy alternating-users only");
    }

    @Test
    void aBrokenFunctionsTestFailsWithTheViolationAndItsEvidence() {
        Events events = run(BrokenFunction.class);

        events.assertStatistics(stats -> stats.started(2).failed(1).succeeded(0).aborted(1));
        events.failed().assertThatEvents().haveExactly(1, event(test(), displayName("first-rotation"),
                finishedWithFailure(instanceOf(AssertionFailedError.class))));
        Event failed = events.failed().stream().findFirst().orElseThrow();
        String message = failed.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage();
        assertThat(message.lines()).contains("▶ first-rotation").anyMatch(l -> l.startsWith("FAIL  first-rotation"))
                .anyMatch(l -> l.startsWith("      ✗ login: "))
                .anyMatch(l -> l.startsWith("evidence of login (at action #1"));
        assertThat(message).doesNotContain("\u001B[");
    }

    @Test
    void aPythonFunctionFromItsDeploymentZipPassesWithItsRuntimeAndASecretField() {
        Events events = run(PythonFunction.class);

        events.assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
    }

    /** The fixture the kit runs: the catalog above with the reference function. */
    static class ReferenceFunction {
        @TestFactory
        Stream<DynamicTest> catalog() {
            return RotationCatalog.forFunction(jar("rotor.referenceSingleUserJar"),
                            "dev.rotor.functions.mysql.SingleUserRotationHandler")
                    .strategy("single-user").db("embedded").scenarios(scenarios).dynamicTests();
        }
    }

    /** The fixture the kit runs: a Python single-user function (python3.11) told to connect without TLS. */
    static class PythonFunction {
        @TestFactory
        Stream<DynamicTest> catalog() {
            return RotationCatalog.forFunction(jar("rotor.pythonFixturesZip"), "single_user.lambda_handler")
                    .runtime("python3.11").secretField("ssl", "false").strategy("single-user").db("embedded")
                    .scenarios(scenarios).only("first-rotation").dynamicTests();
        }
    }

    /** The fixture the kit runs: a function that leaves the old password working. */
    static class BrokenFunction {
        @TestFactory
        Stream<DynamicTest> catalog() {
            return RotationCatalog.forFunction(jar("rotor.brokenFixturesJar"), BROKEN + "SingleUserKeepsOldPassword")
                    .strategy("single-user").db("embedded").scenarios(scenarios).only("first-rotation", "clone-only")
                    .dynamicTests();
        }
    }
}
