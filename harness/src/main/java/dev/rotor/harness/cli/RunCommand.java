package dev.rotor.harness.cli;

import dev.rotor.emulator.lambda.FunctionDefinition;
import dev.rotor.harness.database.Credentials;
import dev.rotor.harness.database.DatabaseProvider;
import dev.rotor.harness.database.Engine;
import dev.rotor.harness.report.ConsoleReporter;
import dev.rotor.harness.report.ConsoleStyle;
import dev.rotor.harness.report.ReportOptions;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.runner.FunctionUnderTest;
import dev.rotor.harness.runner.HarnessRun;
import dev.rotor.harness.runner.ReferenceFunctions;
import dev.rotor.harness.runner.RotorHome;
import dev.rotor.harness.scenario.Scenario;
import dev.rotor.harness.scenario.ScenarioException;
import dev.rotor.harness.scenario.ScenarioLoader;
import dev.rotor.harness.scenario.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code rotor run}: the scenario catalog against a rotation function and a real database, with reports. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run rotation scenarios against a rotation function and a real MySQL or MariaDB; exit 0 only if"
                + " every scenario passes.")
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIOS",
            description = "A scenario file or folder (default: the catalog in scenarios/).")
    Path scenarios;

    @Option(names = "--function", paramLabel = "JAR",
            description = "The rotation function's jar (default: the reference function for the strategy).")
    Path function;

    @Option(names = "--handler", description = "The function's handler, pkg.Class or pkg.Class::method.")
    String handler;

    @Option(names = "--function-env", paramLabel = "KEY=VALUE", description = "Environment for the function. Repeatable.")
    Map<String, String> functionEnvironment = new LinkedHashMap<>();

    @Option(names = "--function-timeout", defaultValue = "30s",
            description = "The function's timeout per step (default: ${DEFAULT-VALUE}).")
    String functionTimeout;

    @Option(names = "--strategy", description = "single-user or alternating-users (default: both, each with its"
            + " reference function; required with --function).")
    String strategy;

    @Option(names = "--engine", defaultValue = "mysql", description = "mysql or mariadb (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--db", defaultValue = "auto", description = "auto, container, embedded or external"
            + " (default: ${DEFAULT-VALUE}: a container when a Docker-compatible engine answers, else an embedded mysqld).")
    String db;

    @Option(names = "--image", description = "Container image for the engine (default: $ROTOR_MYSQL_IMAGE /"
            + " $ROTOR_MARIADB_IMAGE, else mysql:8.4 / mariadb:11.4).")
    String image;

    @Option(names = "--jdbc-url", description = "With --db external: the server's JDBC URL.")
    String jdbcUrl;

    @Option(names = "--db-user", description = "With --db external: an admin user.")
    String dbUser;

    @Option(names = "--db-password", description = "With --db external: the admin's password"
            + " (or set ROTOR_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Run only this scenario. Repeatable.")
    List<String> only = new ArrayList<>();

    @Option(names = "--no-repeat-steps", description = "Do not invoke each step twice with the same token"
            + " (the idempotency check).")
    boolean noRepeatSteps;

    @Mixin
    ReportOptions reports;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Scenario> catalog;
        try {
            catalog = new ScenarioLoader().loadAll(scenariosLocation());
        } catch (ScenarioException e) {
            err.println("rotor: invalid scenario: " + e.getMessage());
            return 2;
        }
        List<Scenario> selected = catalog.stream().filter(s -> only.isEmpty() || only.contains(s.name())).toList();
        if (selected.isEmpty()) {
            err.println("rotor: no scenario matches " + only);
            return 2;
        }
        Engine chosenEngine = Engine.parse(engine).orElseThrow(() -> new IllegalArgumentException(
                "unknown engine '" + engine + "' (mysql or mariadb)"));
        List<FunctionUnderTest> functions = functionsUnderTest();
        ConsoleReporter console = new ConsoleReporter(out, ConsoleStyle.detect());
        RunResult result = new HarnessRun(provider(chosenEngine), chosenEngine, !noRepeatSteps, console)
                .run(functions, selected);
        reports.reports().write(result, out);
        return result.passed() ? 0 : 1;
    }

    private Path scenariosLocation() {
        if (scenarios != null) {
            return scenarios;
        }
        Path local = Path.of("scenarios");
        return Files.isDirectory(local) ? local : RotorHome.path().resolve("scenarios");
    }

    private List<FunctionUnderTest> functionsUnderTest() {
        Duration timeout = FunctionDefinition.parseTimeout(functionTimeout);
        if (function != null) {
            if (strategy == null || handler == null) {
                throw new IllegalArgumentException("--function needs --strategy and --handler");
            }
            return List.of(new FunctionUnderTest(parseStrategy(strategy), function, handler, functionEnvironment,
                    timeout));
        }
        List<Strategy> strategies = strategy == null ? List.of(Strategy.values()) : List.of(parseStrategy(strategy));
        return strategies.stream().map(s -> new FunctionUnderTest(s, ReferenceFunctions.jar(s),
                handler == null ? ReferenceFunctions.handler(s) : handler, functionEnvironment, timeout)).toList();
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

    private static Strategy parseStrategy(String text) {
        return Strategy.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "unknown strategy '" + text + "' (single-user or alternating-users)"));
    }
}
