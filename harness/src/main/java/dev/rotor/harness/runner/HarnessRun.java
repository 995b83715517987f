package dev.rotor.harness.runner;

import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.admin.RotorAdmin;
import dev.rotor.emulator.lambda.FunctionRuntime;
import dev.rotor.emulator.rotation.RotationSettings;
import dev.rotor.harness.action.RestartDatabase;
import dev.rotor.harness.database.DatabaseProvider;
import dev.rotor.harness.database.DatabaseServer;
import dev.rotor.harness.database.Engine;
import dev.rotor.harness.report.RunListener;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.scenario.Scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One {@code rotor run}: one database server for the whole run (a scenario that restarts it gets one of its own when
 * others run beside it and one starts quickly); every scenario for each function under test, each
 * isolated by its own users, schema, secrets and function registration, or SKIPPED with the reason when it does not
 * apply to the function's strategy or the engine. Up to {@code parallel} scenarios run at once, each lane with an
 * emulator of its own; results and console blocks come in catalog order. Everything started is stopped at the end,
 * also on failure and on Ctrl-C.
 */
public final class HarnessRun {
    private final DatabaseProvider databases;
    private final Engine engine;
    private final boolean repeatSteps;
    private final RunListener listener;
    private final int parallel;
    private final long seed;
    private final String replayCommand;

    /** A serial run (one scenario at a time) with a fresh seed. */
    public HarnessRun(DatabaseProvider databases, Engine engine, boolean repeatSteps, RunListener listener) {
        this(databases, engine, repeatSteps, listener, 1, Seeds.fresh(), null);
    }

    private HarnessRun(DatabaseProvider databases, Engine engine, boolean repeatSteps, RunListener listener,
                       int parallel, long seed, String replayCommand) {
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel must be at least 1, not " + parallel);
        }
        this.databases = databases;
        this.engine = engine;
        this.repeatSteps = repeatSteps;
        this.listener = listener;
        this.parallel = parallel;
        this.seed = seed;
        this.replayCommand = replayCommand;
    }

    /** The same run with up to {@code scenarios} scenarios at once (1: one after another). */
    public HarnessRun withParallel(int scenarios) {
        return new HarnessRun(databases, engine, repeatSteps, listener, scenarios, seed, replayCommand);
    }

    /** The same run with this seed: its scenarios' passwords, names and random choices follow from it. */
    public HarnessRun withSeed(long value) {
        return new HarnessRun(databases, engine, repeatSteps, listener, parallel, value, replayCommand);
    }

    /**
     * The same run, telling how to run it again: a failed scenario's report shows this command followed by
     * {@code --strategy S --scenario NAME} (default {@code rotor run --seed=N}).
     */
    public HarnessRun withReplayCommand(String command) {
        return new HarnessRun(databases, engine, repeatSteps, listener, parallel, seed, command);
    }

    public long seed() {
        return seed;
    }

    /** One scenario for one function, at its place in the catalog. */
    private record Planned(FunctionUnderTest function, Scenario scenario, String prefix, Optional<String> skip) {
    }

    public RunResult run(List<FunctionUnderTest> functions, List<Scenario> scenarios) {
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        String subjects = String.join(", ", functions.stream().map(HarnessRun::describe).toList());
        String handlers = String.join(", ", functions.stream().map(FunctionUnderTest::handler).toList());
        String strategies = String.join(", ", functions.stream().map(f -> f.strategy().id()).toList());
        List<Planned> plan = new ArrayList<>();
        for (FunctionUnderTest function : functions) {
            String prefix = functions.size() == 1 ? "" : function.strategy().id() + "/";
            for (Scenario scenario : scenarios) {
                plan.add(new Planned(function, scenario, prefix,
                        scenario.notApplicableReason(function.strategy(), engine)));
            }
        }
        List<ScenarioResult> results;
        Duration databaseStart;
        String database;
        try (DatabaseServer server = databases.start(engine)) {
            databaseStart = Duration.ofNanos(System.nanoTime() - started);
            database = server.description();
            Thread hook = new Thread(server::close, "rotor-run-cleanup");
            Runtime.getRuntime().addShutdownHook(hook);
            List<EmulatorLane> lanes = lanes(plan);
            try {
                functions.forEach(function -> checkRuns(function, lanes.get(0).admin()));
                listener.runStarted(subjects, strategies, engine.id(), database, plan.size());
                results = runAll(plan, server, lanes);
            } finally {
                lanes.forEach(EmulatorLane::close);
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running already
                }
            }
        }
        RunResult run = new RunResult(subjects, handlers, strategies, engine.id(), database, startedAt,
                Duration.ofNanos(System.nanoTime() - started), databaseStart, seed, results);
        listener.runFinished(run);
        return run;
    }

    /** The function's code file, and its runtime unless it is the default Java 17. */
    private static String describe(FunctionUnderTest function) {
        String code = function.code().getFileName().toString();
        return function.runtime() == FunctionRuntime.JAVA17 ? code : code + " (" + function.runtime().id() + ")";
    }

    /**
     * Registers the function once before any scenario, so that one that cannot run (missing code, a broken package, a
     * Python interpreter without boto3) stops the run with the emulator's message instead of failing every scenario.
     */
    private static void checkRuns(FunctionUnderTest function, RotorAdmin admin) {
        String name = "rotor-check-" + UUID.randomUUID().toString().substring(0, 8);
        admin.registerFunction(function.definition(name, Map.of()));
        admin.removeFunction(name);
    }

    /** As many lanes as scenarios run at once (at least one), each starting its emulator when first used. */
    private List<EmulatorLane> lanes(List<Planned> plan) {
        EmulatorConfig config = EmulatorConfig.defaults()
                .withRotation(RotationSettings.defaults().withRepeatSteps(repeatSteps));
        long runnable = plan.stream().filter(p -> p.skip().isEmpty()).count();
        List<EmulatorLane> lanes = new ArrayList<>();
        for (int i = 0; i < Math.max(1, Math.min(parallel, runnable)); i++) {
            lanes.add(new EmulatorLane(config));
        }
        return lanes;
    }

    /**
     * Every planned scenario on the lanes (each its own emulator), in catalog order. A scenario that needs the run
     * alone (it restarts the database server) gets a server of its own instead when there are several lanes and the
     * server starts another quickly (an embedded mysqld), so that the others go on beside it.
     */
    private List<ScenarioResult> runAll(List<Planned> plan, DatabaseServer server, List<EmulatorLane> lanes) {
        String replay = replayCommand == null ? "rotor run --seed=" + seed : replayCommand;
        CatalogOrderListener shown = new CatalogOrderListener(listener, plan.size());
        List<CatalogScheduler.Job<EmulatorLane, ScenarioResult>> jobs = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Planned planned = plan.get(i);
            Optional<String> skip = planned.skip().or(() -> restartRefused(planned.scenario(), server));
            PrefixedListener prefixed = new PrefixedListener(shown.scenario(i), planned.prefix());
            boolean ownServer = lanes.size() > 1 && planned.scenario().exclusive() && server.startsAnotherQuickly();
            jobs.add(new CatalogScheduler.Job<>(planned.scenario().exclusive() && !ownServer, lane -> {
                if (skip.isPresent()) {
                    return prefixed.renamed(ScenarioRunner.skip(planned.scenario(), skip.get(), prefixed));
                }
                if (!ownServer) {
                    return prefixed.renamed(runScenario(planned, lane, server, prefixed, replay));
                }
                try (DatabaseServer own = server.startAnother()) {
                    return prefixed.renamed(runScenario(planned, lane, own, prefixed, replay));
                }
            }));
        }
        try {
            return new CatalogScheduler<>(lanes).run(jobs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the run was interrupted", e);
        }
    }

    private ScenarioResult runScenario(Planned planned, EmulatorLane lane, DatabaseServer server, RunListener prefixed,
                                       String replay) {
        return new ScenarioRunner(planned.function(), lane.admin(), lane.secretsManager(), server, prefixed,
                lane.random(), replay).run(planned.scenario(),
                Seeds.scenario(seed, planned.function().strategy(), planned.scenario().name()));
    }

    /** Why a scenario cannot run here besides its strategy and engine: a restart of a server Rotor does not own. */
    private static Optional<String> restartRefused(Scenario scenario, DatabaseServer server) {
        if (!server.restartable() && scenario.actions().stream().anyMatch(RestartDatabase.class::isInstance)) {
            return Optional.of("restarts the database, which Rotor does not do to a server it did not start ("
                    + server.description() + "); use --db container or embedded");
        }
        return Optional.empty();
    }
}
