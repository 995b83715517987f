package dev.rotor.junit;

import dev.rotor.harness.report.RunListener;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.runner.FunctionUnderTest;
import dev.rotor.harness.runner.HarnessRun;
import dev.rotor.harness.scenario.Scenario;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One run of the catalog behind a {@link RotationCatalog}'s dynamic tests: started by the first test that asks for a
 * result, on a thread of its own (one database server for all scenarios, as {@code rotor run}); each test waits for
 * its scenario's result, which the run hands over as the scenario finishes.
 */
final class CatalogRun implements RunListener {
    private final Function<RunListener, HarnessRun> harnessRun;
    private final FunctionUnderTest function;
    private final List<Scenario> scenarios;
    private final Map<String, CompletableFuture<ScenarioResult>> results;
    private Thread thread;

    CatalogRun(Function<RunListener, HarnessRun> harnessRun, FunctionUnderTest function, List<Scenario> scenarios) {
        this.harnessRun = harnessRun;
        this.function = function;
        this.scenarios = List.copyOf(scenarios);
        this.results = scenarios.stream().collect(Collectors.toUnmodifiableMap(Scenario::name,
                s -> new CompletableFuture<>()));
    }

    /** The scenario's result, once it has run (starting the run if no test has yet). */
    ScenarioResult result(String scenario) throws InterruptedException {
        start();
        try {
            return results.get(scenario).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the catalog run stopped before " + scenario + " finished: "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void scenarioFinished(ScenarioResult scenario) {
        CompletableFuture<ScenarioResult> result = results.get(scenario.name());
        if (result != null) {
            result.complete(scenario);
        }
    }

    /** Waits for the run to end: its database server and emulator are stopped before the test class goes on. */
    void close() {
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running == null) {
            return;
        }
        try {
            running.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::run, "rotor-catalog-" + function.strategy().id());
        thread.start();
    }

    private void run() {
        try {
            harnessRun.apply(this).run(List.of(function), scenarios);
            failUnfinished(new IllegalStateException("the run ended without a result for this scenario"));
        } catch (RuntimeException | Error e) {
            failUnfinished(e);
        }
    }

    private void failUnfinished(Throwable cause) {
        results.values().forEach(result -> result.completeExceptionally(cause));
    }
}
