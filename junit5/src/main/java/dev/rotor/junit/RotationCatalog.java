package dev.rotor.junit;

import dev.rotor.harness.report.ConsoleReporter;
import dev.rotor.harness.report.ConsoleStyle;
import dev.rotor.harness.report.RunListener;
import dev.rotor.harness.report.ScenarioText;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.runner.FunctionUnderTest;
import dev.rotor.harness.runner.RunSettings;
import dev.rotor.harness.scenario.Scenario;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Rotor's scenario catalog as JUnit 5 dynamic tests, one per scenario, for a {@code @TestFactory}: the rotation
 * function under test against a real MySQL or MariaDB, every invariant checked after every action, as
 * {@code rotor run} does and with its defaults (the built-in catalog, MySQL, {@code db auto}: a container when a
 * Docker-compatible engine answers, else an embedded mysqld). A scenario that finds a violation fails with the
 * console's report of it and the evidence; one that does not apply to the strategy or engine is skipped.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> rotationCatalog() {
 *     return RotationCatalog.forFunction(Path.of("target/my-rotator-lambda.jar"), "com.example.Rotator")
 *             .strategy("single-user").dynamicTests();
 * }
 * }</pre>
 *
 * Instances are immutable: each option returns a new catalog.
 */
public final class RotationCatalog {
    private final RunSettings settings;

    private RotationCatalog(RunSettings settings) {
        this.settings = settings;
    }

    /**
     * The catalog for the function in {@code code}: a jar, a Lambda deployment zip or a folder, with its handler
     * ({@code pkg.Class} or {@code pkg.Class::method} in Java, {@code module.function} in Python).
     */
    public static RotationCatalog forFunction(Path code, String handler) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(handler, "handler");
        return new RotationCatalog(RunSettings.defaults().withFunction(code.toAbsolutePath(), handler));
    }

    /** The function's strategy: {@code single-user} or {@code alternating-users} (required). */
    public RotationCatalog strategy(String strategy) {
        return new RotationCatalog(settings.withStrategy(strategy));
    }

    /** The function's Lambda runtime: {@code java17} (default), {@code java21}, {@code python3.9} to 3.13 or provided. */
    public RotationCatalog runtime(String runtime) {
        return new RotationCatalog(settings.withRuntime(runtime));
    }

    /**
     * A field added to every scenario's secret, e.g. {@code secretField("ssl", "false")} for AWS's Python templates
     * (a value that reads as a JSON scalar is that scalar: {@code false} a boolean).
     */
    public RotationCatalog secretField(String key, String value) {
        Map<String, String> fields = new LinkedHashMap<>(settings.secretFields());
        fields.put(key, value);
        return new RotationCatalog(settings.withSecretFields(fields));
    }

    /** {@code mysql} (default) or {@code mariadb}. */
    public RotationCatalog engine(String engine) {
        return new RotationCatalog(settings.withEngine(engine));
    }

    /**
     * Where the database server comes from: {@code auto} (default), {@code container} or {@code embedded} (a real
     * mysqld 8.0.31 as a child process; MySQL only); see {@link #externalDatabase} for a server of your own.
     */
    public RotationCatalog db(String provider) {
        return new RotationCatalog(settings.withDb(provider));
    }

    /** The container image with {@code db("container")} (default {@code $ROTOR_MYSQL_IMAGE}, else mysql:8.4). */
    public RotationCatalog image(String image) {
        return new RotationCatalog(settings.withImage(image));
    }

    /** A server you run: a JDBC URL and an admin that can create users and schemas. */
    public RotationCatalog externalDatabase(String jdbcUrl, String adminUser, String adminPassword) {
        return new RotationCatalog(settings.withExternalServer(jdbcUrl, adminUser, adminPassword));
    }

    /** A scenario file or folder of your own in place of the built-in catalog. */
    public RotationCatalog scenarios(Path fileOrFolder) {
        return new RotationCatalog(settings.withScenarioLocation(fileOrFolder));
    }

    /** Only these scenarios of the catalog (by name), in catalog order. */
    public RotationCatalog only(String... scenarioNames) {
        return new RotationCatalog(settings.withScenarioNames(List.of(scenarioNames)));
    }

    /** A variable of the function's environment (each scenario may add its own). */
    public RotationCatalog environment(String name, String value) {
        Map<String, String> environment = new LinkedHashMap<>(settings.functionEnvironment());
        environment.put(name, value);
        return new RotationCatalog(settings.withFunctionEnvironment(environment));
    }

    /** The function's timeout per step, e.g. {@code 45s} (default 30s). */
    public RotationCatalog functionTimeout(String timeout) {
        return new RotationCatalog(settings.withFunctionTimeout(timeout));
    }

    /**
     * Up to this many scenarios at once, each with an emulator of its own (default: min(cores + 1, available memory
     * / 512 MiB); 1 runs them one after another). Results still come in catalog order.
     */
    public RotationCatalog parallel(int scenarios) {
        return new RotationCatalog(settings.withParallel(scenarios));
    }

    /** Whether every step is invoked twice with the same token, the idempotency check (default true). */
    public RotationCatalog repeatSteps(boolean repeat) {
        return new RotationCatalog(settings.withRepeatSteps(repeat));
    }

    /**
     * One dynamic test per scenario, named after it. The run starts with the first test and shows its progress on
     * standard output as {@code rotor run} does.
     *
     * @throws IllegalStateException    without a strategy
     * @throws IllegalArgumentException for an option that cannot work, an unknown scenario name or a scenario file
     *                                  that is not valid (naming file and line)
     */
    public Stream<DynamicTest> dynamicTests() {
        if (settings.strategy() == null) {
            throw new IllegalStateException("RotationCatalog needs the function's strategy: .strategy(\"single-user\")"
                    + " or .strategy(\"alternating-users\")");
        }
        FunctionUnderTest function = settings.functions().get(0);
        List<Scenario> scenarios = settings.scenarios();
        settings.harnessRun(RunListener.NONE); // checks the engine and database options here, not in every test
        RunListener console = new ConsoleReporter(new PrintWriter(System.out, true), ConsoleStyle.PLAIN);
        CatalogRun run = new CatalogRun(results -> settings.harnessRun(RunListener.all(List.of(console, results))),
                function, scenarios);
        return scenarios.stream()
                .map(scenario -> DynamicTest.dynamicTest(scenario.name(), source(scenario),
                        () -> verdict(run.result(scenario.name()))))
                .onClose(run::close);
    }

    private static void verdict(ScenarioResult result) {
        switch (result.status()) {
            case PASSED -> { }
            case SKIPPED -> throw new TestAbortedException(result.reason());
            case FAILED, ERROR -> throw new AssertionFailedError(ScenarioText.of(result));
        }
    }

    /** The scenario's file, when it is one on disk (not in the harness jar). */
    private static URI source(Scenario scenario) {
        Path file = scenario.file();
        return file != null && file.getFileSystem() == FileSystems.getDefault() ? file.toUri() : null;
    }
}
