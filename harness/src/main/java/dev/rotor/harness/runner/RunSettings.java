package dev.rotor.harness.runner;

import dev.rotor.emulator.lambda.FunctionDefinition;
import dev.rotor.emulator.lambda.FunctionRuntime;
import dev.rotor.harness.database.Credentials;
import dev.rotor.harness.database.DatabaseProvider;
import dev.rotor.harness.database.Engine;
import dev.rotor.harness.report.RunListener;
import dev.rotor.harness.scenario.BuiltInCatalog;
import dev.rotor.harness.scenario.Scenario;
import dev.rotor.harness.scenario.ScenarioLoader;
import dev.rotor.harness.scenario.Strategy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a run is asked to do, as {@code rotor run} takes it and {@code RotationCatalog} builds it: the scenarios, the
 * function under test, the database and whether steps are repeated. One place turns these into a {@link HarnessRun},
 * so the command line and the JUnit 5 catalog share their defaults and their checks. Null means "not given".
 *
 * @param scenarioLocation a scenario file or folder; null: {@code scenarios/} here, else the checkout's, else the
 *                         catalog built into the harness
 * @param scenarioNames    the scenarios to run; empty: all
 * @param strategy         single-user or alternating-users; null: both (needed with {@code function})
 * @param function         the function's code (a jar, a zip or a folder); null: the reference function for each
 *                         strategy
 * @param runtime          the function's Lambda runtime ({@code java17}, {@code python3.11}, ...)
 * @param secretFields     fields added to every scenario's secret, as {@code --secret-field} takes them (JSON
 *                         scalars parsed)
 * @param dbPassword       the external server's admin password; null: {@code $ROTOR_DB_PASSWORD}
 * @param parallel         scenarios at once; null: {@link Parallelism#machineDefault()}
 */
public record RunSettings(Path scenarioLocation, List<String> scenarioNames, String strategy, Path function,
                          String runtime, String handler, Map<String, String> functionEnvironment,
                          Map<String, String> secretFields, String functionTimeout, String engine, String db,
                          String image, String jdbcUrl, String dbUser, String dbPassword, boolean repeatSteps,
                          Integer parallel) {

    public static final String DEFAULT_RUNTIME = "java17";
    public static final String DEFAULT_FUNCTION_TIMEOUT = "30s";
    public static final String DEFAULT_ENGINE = "mysql";
    public static final String DEFAULT_DB = "auto";

    public RunSettings {
        scenarioNames = List.copyOf(scenarioNames);
        functionEnvironment = Map.copyOf(functionEnvironment);
        secretFields = Map.copyOf(secretFields);
    }

    /** Everything as {@code rotor run} without options: the whole catalog, both reference functions, MySQL, auto. */
    public static RunSettings defaults() {
        return new RunSettings(null, List.of(), null, null, DEFAULT_RUNTIME, null, Map.of(), Map.of(),
                DEFAULT_FUNCTION_TIMEOUT, DEFAULT_ENGINE, DEFAULT_DB, null, null, null, null, true, null);
    }

    public RunSettings withScenarioLocation(Path location) {
        return new RunSettings(location, scenarioNames, strategy, function, runtime, handler,
                functionEnvironment, secretFields, functionTimeout, engine, db, image,
                jdbcUrl, dbUser, dbPassword, repeatSteps, parallel);
    }

    public RunSettings withScenarioNames(List<String> names) {
        return new RunSettings(scenarioLocation, names, strategy, function, runtime, handler,
                functionEnvironment, secretFields, functionTimeout, engine, db, image,
                jdbcUrl, dbUser, dbPassword, repeatSteps, parallel);
    }

    public RunSettings withStrategy(String id) {
        return new RunSettings(scenarioLocation, scenarioNames, id, function, runtime, handler,
                functionEnvironment, secretFields, functionTimeout, engine, db, image,
                jdbcUrl, dbUser, dbPassword, repeatSteps, parallel);
    }

    public RunSettings withFunction(Path jar, String handlerName) {
        return new RunSettings(scenarioLocation, scenarioNames, strategy, jar, runtime, handlerName,
                functionEnvironment, secretFields, functionTimeout, engine, db, image,
                jdbcUrl, dbUser, dbPassword, repeatSteps, parallel);
    }

    /** The function's Lambda runtime: java17 (the default), java21, python3.9 to python3.13 or provided. */
    public RunSettings withRuntime(String id) {
        return new RunSettings(scenarioLocation, scenarioNames, strategy, function, id, handler,
                functionEnvironment, secretFields, functionTimeout, engine, db, image,
                jdbcUrl, dbUser, dbPassword, repeatSteps, parallel);
    }

    /** Fields added to every scenario's secret (e.g. {@code ssl=false}); JSON scalars are parsed. */
    public RunSettings withSecretFields(Map<String, String> fields) {
        return new RunSettings(scenarioLocation, scenarioNames, strategy, function, runtime, handler,
                functionEnvironment, fields, functionTimeout, engine, db, image,
                jdbcUrl, dbUser, dbPassword, repeatSteps, parallel);
    }

    public RunSettings withFunctionEnvironment(Map<String, String> environment) {
        return new RunSettings(scenarioLocation, scenarioNames, strategy, function, runtime, handler,
                environment, secretFields, functionTimeout, engine, db, image,
                jdbcUrl, dbUser, dbPassword, repeatSteps, parallel);
    }

    public RunSettings withFunctionTimeout(String timeout) {
        return new RunSettings(scenarioLocation, scenarioNames, strategy, function, runtime, handler,
                functionEnvironment, secretFields, timeout, engine, db, image,
                jdbcUrl, dbUser, dbPassword, repeatSteps, parallel);
    }

    public RunSettings withEngine(String id) {
        return new RunSettings(scenarioLocation, scenarioNames, strategy, function, runtime, handler,
                functionEnvironment, secretFields, functionTimeout, id, db, image,
                jdbcUrl, dbUser, dbPassword, repeatSteps, parallel);
    }

    /** auto, container, embedded or external. */
    public RunSettings withDb(String provider) {
        return new RunSettings(scenarioLocation, scenarioNames, strategy, function, runtime, handler,
                functionEnvironment, secretFields, functionTimeout, engine, provider, image,
                jdbcUrl, dbUser, dbPassword, repeatSteps, parallel);
    }

    /** The container image (with db container). */
    public RunSettings withImage(String containerImage) {
        return new RunSettings(scenarioLocation, scenarioNames, strategy, function, runtime, handler,
                functionEnvironment, secretFields, functionTimeout, engine, db, containerImage,
                jdbcUrl, dbUser, dbPassword, repeatSteps, parallel);
    }

    /** An external server (db external) reached with an admin's credentials. */
    public RunSettings withExternalServer(String url, String user, String password) {
        return new RunSettings(scenarioLocation, scenarioNames, strategy, function, runtime, handler,
                functionEnvironment, secretFields, functionTimeout, engine, "external", image,
                url, user, password, repeatSteps, parallel);
    }

    public RunSettings withParallel(Integer scenarios) {
        return new RunSettings(scenarioLocation, scenarioNames, strategy, function, runtime, handler,
                functionEnvironment, secretFields, functionTimeout, engine, db, image,
                jdbcUrl, dbUser, dbPassword, repeatSteps, scenarios);
    }

    public RunSettings withRepeatSteps(boolean repeat) {
        return new RunSettings(scenarioLocation, scenarioNames, strategy, function, runtime, handler,
                functionEnvironment, secretFields, functionTimeout, engine, db, image,
                jdbcUrl, dbUser, dbPassword, repeat, parallel);
    }

    /** The run: its options checked, its database provider chosen; the caller passes the functions and scenarios. */
    public HarnessRun harnessRun(RunListener listener) {
        if (parallel != null && parallel < 1) {
            throw new IllegalArgumentException("--parallel must be at least 1");
        }
        Engine chosen = parsedEngine();
        return new HarnessRun(provider(chosen), chosen, repeatSteps, listener)
                .withParallel(parallel == null ? Parallelism.machineDefault() : parallel);
    }

    private Engine parsedEngine() {
        return Engine.parse(engine).orElseThrow(() -> new IllegalArgumentException(
                "unknown engine '" + engine + "' (mysql or mariadb)"));
    }

    /**
     * The scenarios to run, in catalog order.
     *
     * @throws dev.rotor.harness.scenario.ScenarioException naming the file and line of an invalid scenario
     * @throws IllegalArgumentException                     when no scenario has one of {@code scenarioNames}
     */
    public List<Scenario> scenarios() {
        ScenarioLoader loader = new ScenarioLoader();
        List<Scenario> catalog = scenarioLocation != null ? loader.loadAll(scenarioLocation) : defaultCatalog(loader);
        List<Scenario> selected = catalog.stream()
                .filter(s -> scenarioNames.isEmpty() || scenarioNames.contains(s.name())).toList();
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("no scenario matches " + scenarioNames);
        }
        return selected;
    }

    /** The functions under test: the one given, or the reference function of each strategy asked for. */
    public List<FunctionUnderTest> functions() {
        Duration timeout = FunctionDefinition.parseTimeout(functionTimeout);
        FunctionRuntime chosenRuntime = FunctionRuntime.of(runtime);
        Map<String, Object> fields = SecretFields.parse(secretFields);
        if (function != null) {
            if (strategy == null || handler == null && chosenRuntime != FunctionRuntime.PROVIDED) {
                throw new IllegalArgumentException("--function needs --strategy and --handler");
            }
            return List.of(new FunctionUnderTest(parseStrategy(strategy), function, chosenRuntime, handler,
                    functionEnvironment, fields, timeout));
        }
        if (!chosenRuntime.isJava()) {
            throw new IllegalArgumentException("--runtime " + chosenRuntime.id() + " needs --function: the reference"
                    + " functions are Java");
        }
        List<Strategy> strategies = strategy == null ? List.of(Strategy.values()) : List.of(parseStrategy(strategy));
        return strategies.stream().map(s -> new FunctionUnderTest(s, ReferenceFunctions.jar(s), chosenRuntime,
                handler == null ? ReferenceFunctions.handler(s) : handler, functionEnvironment, fields, timeout))
                .toList();
    }

    private DatabaseProvider provider(Engine chosen) {
        if (db.equals("external")) {
            if (jdbcUrl == null || dbUser == null) {
                throw new IllegalArgumentException("--db external needs --jdbc-url and --db-user");
            }
            String password = dbPassword != null ? dbPassword : System.getenv().getOrDefault("ROTOR_DB_PASSWORD", "");
            return DatabaseProvider.external(jdbcUrl, new Credentials(dbUser, password));
        }
        if (image != null) {
            if (!db.equals("container")) {
                throw new IllegalArgumentException("--image needs --db container");
            }
            return DatabaseProvider.container().withImage(chosen, image);
        }
        return DatabaseProvider.named(db);
    }

    private static List<Scenario> defaultCatalog(ScenarioLoader loader) {
        Path local = Path.of("scenarios");
        if (Files.isDirectory(local)) {
            return loader.loadAll(local);
        }
        Path checkout = RotorHome.path().resolve("scenarios");
        return Files.isDirectory(checkout) ? loader.loadAll(checkout) : BuiltInCatalog.load(loader);
    }

    private static Strategy parseStrategy(String text) {
        return Strategy.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "unknown strategy '" + text + "' (single-user or alternating-users)"));
    }
}
