package dev.rotor.harness.runner;

import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.rotation.RotationSettings;
import dev.rotor.harness.database.DatabaseProvider;
import dev.rotor.harness.database.DatabaseServer;
import dev.rotor.harness.database.Engine;
import dev.rotor.harness.report.RunListener;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.scenario.Scenario;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code rotor run}: one database server and one emulator for the whole run; every scenario for each function
 * under test in turn, each isolated by its own users, schema, secrets and function registration, or SKIPPED with the
 * reason when it does not apply to the function's strategy or the engine. Everything started is stopped at the end,
 * also on failure and on Ctrl-C.
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

    public RunResult run(List<FunctionUnderTest> functions, List<Scenario> scenarios) {
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        List<ScenarioResult> results = new ArrayList<>();
        String jars = String.join(", ", functions.stream().map(f -> f.jar().getFileName().toString()).toList());
        String handlers = String.join(", ", functions.stream().map(FunctionUnderTest::handler).toList());
        String strategies = String.join(", ", functions.stream().map(f -> f.strategy().id()).toList());
        Duration databaseStart;
        String database;
        try (DatabaseServer server = databases.start(engine)) {
            databaseStart = Duration.ofNanos(System.nanoTime() - started);
            database = server.description();
            Thread hook = new Thread(server::close, "rotor-run-cleanup");
            Runtime.getRuntime().addShutdownHook(hook);
            EmulatorConfig config = EmulatorConfig.defaults()
                    .withRotation(RotationSettings.defaults().withRepeatSteps(repeatSteps));
            try (Emulator emulator = Emulator.start(config); SecretsManagerClient sm = client(emulator)) {
                listener.runStarted(jars, strategies, engine.id(), database, functions.size() * scenarios.size());
                for (FunctionUnderTest function : functions) {
                    PrefixedListener shown = new PrefixedListener(listener,
                            functions.size() == 1 ? "" : function.strategy().id() + "/");
                    ScenarioRunner runner = new ScenarioRunner(function, emulator.admin(), sm, server, shown);
                    for (Scenario scenario : scenarios) {
                        ScenarioResult result = scenario.notApplicableReason(function.strategy(), engine)
                                .map(reason -> runner.skip(scenario, reason)).orElseGet(() -> runner.run(scenario));
                        results.add(shown.renamed(result));
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
        RunResult run = new RunResult(jars, handlers, strategies, engine.id(), database, startedAt,
                Duration.ofNanos(System.nanoTime() - started), databaseStart, results);
        listener.runFinished(run);
        return run;
    }

    private static SecretsManagerClient client(Emulator emulator) {
        return SecretsManagerClient.builder().endpointOverride(emulator.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("rotor", "rotor")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
