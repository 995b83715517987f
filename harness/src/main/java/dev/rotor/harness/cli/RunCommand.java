package dev.rotor.harness.cli;

import dev.rotor.harness.report.ConsoleReporter;
import dev.rotor.harness.report.ConsoleStyle;
import dev.rotor.harness.report.ReportOptions;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.runner.FunctionUnderTest;
import dev.rotor.harness.runner.RunSettings;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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

    @Option(names = "--function", paramLabel = "JAR|ZIP|DIR",
            description = "The rotation function's code: a jar, a Lambda deployment zip or a folder (default: the"
                    + " reference function for the strategy).")
    Path function;

    @Option(names = "--runtime", defaultValue = RunSettings.DEFAULT_RUNTIME, description = "The function's Lambda"
            + " runtime: java17, java21, python3.9 to python3.13 or provided (default: ${DEFAULT-VALUE}).")
    String runtime;

    @Option(names = "--handler", description = "The function's handler: pkg.Class or pkg.Class::method (Java),"
            + " module.function (Python, e.g. lambda_function.lambda_handler).")
    String handler;

    @Option(names = "--function-env", paramLabel = "KEY=VALUE", description = "Environment for the function. Repeatable.")
    Map<String, String> functionEnvironment = new LinkedHashMap<>();

    @Option(names = "--secret-field", paramLabel = "KEY=VALUE", description = "A field added to every scenario's"
            + " secret, e.g. ssl=false (JSON scalars are parsed: false is a boolean). Repeatable.")
    Map<String, String> secretFields = new LinkedHashMap<>();

    @Option(names = "--function-timeout", defaultValue = RunSettings.DEFAULT_FUNCTION_TIMEOUT,
            description = "The function's timeout per step (default: ${DEFAULT-VALUE}).")
    String functionTimeout;

    @Option(names = "--strategy", description = "single-user or alternating-users (default: both, each with its"
            + " reference function; required with --function).")
    String strategy;

    @Option(names = "--engine", defaultValue = RunSettings.DEFAULT_ENGINE,
            description = "mysql or mariadb (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--db", defaultValue = RunSettings.DEFAULT_DB, description = "auto, container, embedded or external"
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

    @Option(names = "--parallel", paramLabel = "N", description = "Run up to N scenarios at once, each with an"
            + " emulator of its own (default: min(cores + 1, available memory / 512 MiB); 1 runs them one after another)."
            + " Console blocks and reports stay in catalog order.")
    Integer parallel;

    @Option(names = "--seed", paramLabel = "N", description = "The run's seed: every scenario's passwords, names and"
            + " random choices follow from it (default: random; reports show it).")
    Long seed;

    @Option(names = "--replay-out", paramLabel = "FILE", description = "Write what replays this run exactly (seed,"
            + " options, scenarios, fault timings) to FILE.")
    Path replayOut;

    @Option(names = "--replay", paramLabel = "FILE", description = "Run again exactly what a --replay-out FILE"
            + " recorded (with --scenario and --strategy to pick some of it).")
    Path replay;

    /** The options a replay file fixes: giving them with --replay is a mistake. */
    private static final List<String> FIXED_BY_REPLAY = List.of("--function", "--runtime", "--handler",
            "--function-env", "--secret-field", "--function-timeout", "--engine", "--db", "--image", "--jdbc-url", "--db-user", "--no-repeat-steps",
            "--seed");

    @Mixin
    ReportOptions reports;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReplayFile recorded = replay == null ? null : replayFile();
        RunSettings settings = recorded != null ? RunOptions.of(recorded).settings(dbPassword).withParallel(parallel)
                : new RunSettings(scenarios, only, strategy, function, runtime, handler, functionEnvironment,
                        secretFields, functionTimeout, engine, db, image, jdbcUrl, dbUser, dbPassword, !noRepeatSteps,
                        parallel);
        List<Scenario> selected;
        try {
            selected = recorded == null ? settings.scenarios() : replayed(recorded);
        } catch (ScenarioException e) {
            err.println("rotor: invalid scenario: " + e.getMessage());
            return 2;
        }
        List<FunctionUnderTest> functions = recorded == null ? settings.functions()
                : RunOptions.of(recorded).functions().stream()
                        .filter(f -> strategy == null || f.strategy() == replayedStrategy()).toList();
        long runSeed = recorded != null ? recorded.seed() : seed != null ? seed : new SplittableRandom().nextLong();
        ConsoleReporter console = new ConsoleReporter(out, ConsoleStyle.detect());
        RunResult result = settings.harnessRun(console).withSeed(runSeed).withReplayCommand(ReplayCommand.of(
                ownArguments(), replayOut != null ? replayOut : replay, runSeed)).run(functions, selected);
        reports.reports().write(result, out);
        if (replayOut != null) {
            ReplayFile.of(RunOptions.of(settings, functions), selected, result).write(replayOut);
            out.println("Replay file: " + replayOut.toAbsolutePath().normalize());
        }
        if (recorded != null) {
            ReplayCheck.compare(recorded, result).forEach(out::println);
        }
        out.flush();
        return result.passed() ? 0 : 1;
    }

    /** The scenarios a replay file recorded, those named with --scenario (all when none is). */
    private List<Scenario> replayed(ReplayFile recorded) {
        ScenarioLoader loader = new ScenarioLoader();
        List<Scenario> selected = recorded.scenarios().stream().map(s -> loader.parse(Path.of(s.file()), s.yaml()))
                .filter(s -> only.isEmpty() || only.contains(s.name())).toList();
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("no scenario of the replay file matches " + only);
        }
        return selected;
    }

    private Strategy replayedStrategy() {
        return Strategy.parse(strategy).orElseThrow(() -> new IllegalArgumentException(
                "unknown strategy '" + strategy + "' (single-user or alternating-users)"));
    }

    /** The arguments given to {@code run}, without those before it when it ran as {@code rotor run}. */
    private List<String> ownArguments() {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        int at = spec.commandLine().getParent() == null ? -1 : args.indexOf(spec.name());
        return args.subList(at + 1, args.size());
    }

    private ReplayFile replayFile() {
        for (String option : FIXED_BY_REPLAY) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new IllegalArgumentException("--replay takes " + option + " from the replay file; leave it out");
            }
        }
        if (scenarios != null) {
            throw new IllegalArgumentException("--replay takes the scenarios from the replay file; leave out "
                    + scenarios);
        }
        return ReplayFile.read(replay);
    }
}
