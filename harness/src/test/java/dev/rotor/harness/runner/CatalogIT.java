package dev.rotor.harness.runner;

import dev.rotor.harness.database.ContainerEngine;
import dev.rotor.harness.database.DatabaseProvider;
import dev.rotor.harness.database.Engine;
import dev.rotor.harness.report.RunListener;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.scenario.Strategy;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole catalog passes against both reference functions, on MySQL 8 and on MariaDB (real containers), with as many
 * scenarios at once as {@code rotor run} runs by default; only a scenario for the other strategy is skipped.
 */
@ExtendWith(ContainerEngine.class)
class CatalogIT {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theCatalogPassesAgainstBothReferenceFunctions(Engine engine) {
        ContainerEngine.require();
        var catalog = HarnessFixtures.catalog();
        RunResult run = new HarnessRun(DatabaseProvider.container(), engine, true, RunListener.NONE)
                .withParallel(Parallelism.machineDefault()).run(List.of(HarnessFixtures.reference(Strategy.SINGLE_USER),
                        HarnessFixtures.reference(Strategy.ALTERNATING_USERS)), catalog);

        assertThat(run.scenarios()).hasSize(2 * catalog.size());
        // the cached client's lock-out is the trap of alternating users: the single-user function skips it
        assertThat(run.scenarios()).filteredOn(s -> s.status() == ScenarioResult.Status.SKIPPED)
                .extracting(ScenarioResult::name).containsExactly("single-user/cached-client-locked-out");
        assertThat(run.scenarios()).filteredOn(s -> s.status() != ScenarioResult.Status.SKIPPED).allSatisfy(s ->
                assertThat(s.status()).as("%s: %s %s", s.name(), s.violations(), s.reason())
                        .isEqualTo(ScenarioResult.Status.PASSED));
        assertThat(run.passed()).isTrue();
        assertThat(run.database()).containsIgnoringCase(engine == Engine.MYSQL ? "mysql" : "mariadb");
    }
}
