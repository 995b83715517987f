package dev.rotor.harness.runner;

import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.rotation.RotationSettings;
import dev.rotor.harness.database.DatabaseProvider;
import dev.rotor.harness.database.DatabaseServer;
import dev.rotor.harness.database.Engine;
import dev.rotor.harness.report.RunListener;
import dev.rotor.harness.run.RunResult;
import dev.rotor.harness.run.ScenarioResult;
import dev.rotor.harness.scenario.Scenario;
import dev.rotor.harness.scenario.Strategy;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One {@code rotor run}: one database server and one emulator for the whole run; each strategy's applicable
 * scenarios in turn, each isolated by its own users, schema, secrets and function registration. Everything started
 * is stopped at the end, also on failure and on Ctrl-C.
 */
public final class HarnessRun {
    private final DatabaseProvider databases;
    private final Engine engine;
    private final boolean repeatSteps;
    private final RunListener listener;

    public HarnessRun(DatabaseProvider databases, Engine engine, boolean repeatSteps, RunListener listener) {
        this.databases = databases;
        this.engine = engine;
        this.repeatSteps = repeatSteps;
        this.listener = listener;
    }

    /** The function to test for one strategy, and its environment. */
    public record Subject(Strategy strategy, java.nio.file.Path jar, String handler, Map<String, String> environment,
                          Duration timeout) {
    }

    public RunResult run(List<Subject> subjects, List<Scenario> scenarios) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<ScenarioResult> results = new ArrayList<>();
        String function = subjects.size() == 1 ? subjects.get(0).jar().getFileName().toString()
                : String.join(", ", subjects.stream().map(s -> s.jar().getFileName().toString()).toList());
        String handler = String.join(", ", subjects.stream().map(Subject::handler).toList());
        String strategies = String.join(", ", subjects.stream().map(s -> s.strategy().id()).toList());
        Duration databaseStart;
        String database;
        try (DatabaseServer server = databases.start(engine)) {
            databaseStart = Duration.ofNanos(System.nanoTime() - t0);
            database = server.description();
            Thread hook = new Thread(server::close, "rotor-run-cleanup");
            Runtime.getRuntime().addShutdownHook(hook);
            EmulatorConfig config = EmulatorConfig.defaults()
                    .withRotation(RotationSettings.defaults().withRepeatSteps(repeatSteps));
            try (Emulator emulator = Emulator.start(config); SecretsManagerClient sm = client(emulator)) {
                listener.runStarted(function, strategies, engine.name().toLowerCase(), database,
                        count(subjects, scenarios));
                for (Subject subject : subjects) {
                    RunSettings settings = new RunSettings(subject.strategy(), engine, subject.jar(), subject.handler(),
                            subject.environment(), subject.timeout(), subject.timeout().multipliedBy(10));
                    ScenarioRunner runner = new ScenarioRunner(settings, emulator, sm, server,
                            subjects.size() == 1 ? listener : prefixed(listener, subject.strategy()));
                    for (Scenario scenario : scenarios) {
                        if (scenario.appliesTo(subject.strategy(), engine)) {
                            ScenarioResult result = runner.run(scenario);
                            results.add(subjects.size() == 1 ? result : renamed(result, subject.strategy()));
                        }
                    }
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running already
                }
            }
        }
        RunResult run = new RunResult(function, handler, strategies, engine.name().toLowerCase(), database, started,
                Duration.ofNanos(System.nanoTime() - t0), databaseStart, results);
        listener.runFinished(run);
        return run;
    }

    private int count(List<Subject> subjects, List<Scenario> scenarios) {
        int n = 0;
        for (Subject subject : subjects) {
            n += (int) scenarios.stream().filter(s -> s.appliesTo(subject.strategy(), engine)).count();
        }
        return n;
    }

    private static ScenarioResult renamed(ScenarioResult r, Strategy strategy) {
        return new ScenarioResult(strategy.id() + "/" + r.name(), r.description(), r.file(), r.status(), r.duration(),
                r.actions(), r.violations(), r.availability(), r.timeline(), r.error());
    }

    /** Shows scenario names with their strategy when a run covers both. */
    private static RunListener prefixed(RunListener listener, Strategy strategy) {
        return new RunListener() {
            @Override
            public void scenarioStarted(String name) {
                listener.scenarioStarted(strategy.id() + "/" + name);
            }

            @Override
            public void actionStarted(String scenario, int index, String kind) {
                listener.actionStarted(strategy.id() + "/" + scenario, index, kind);
            }

            @Override
            public void stepFinished(String scenario, dev.rotor.harness.run.StepResult step) {
                listener.stepFinished(strategy.id() + "/" + scenario, step);
            }

            @Override
            public void actionFinished(String scenario, dev.rotor.harness.run.ActionResult action) {
                listener.actionFinished(strategy.id() + "/" + scenario, action);
            }

            @Override
            public void scenarioFinished(ScenarioResult scenario) {
                listener.scenarioFinished(renamed(scenario, strategy));
            }
        };
    }

    private static SecretsManagerClient client(Emulator emulator) {
        return SecretsManagerClient.builder().endpointOverride(emulator.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("rotor", "rotor")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
