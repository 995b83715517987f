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
 * The whole catalog passes against Python rotation functions (single user and alternating users, PyMySQL, from a
 * Lambda deployment zip, under Rotor's Python runtime), with every invariant and the repeated-step check, on MySQL 8
 * and on MariaDB (real containers).
 */
@ExtendWith(ContainerEngine.class)
class PythonCatalogIT {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theCatalogPassesAgainstBothPythonFunctions(Engine engine) {
        ContainerEngine.require();
        var catalog = HarnessFixtures.catalog();
        RunResult run = new HarnessRun(DatabaseProvider.container(), engine, true, RunListener.NONE)
                .run(List.of(HarnessFixtures.python(Strategy.SINGLE_USER, "single_user"),
                        HarnessFixtures.python(Strategy.ALTERNATING_USERS, "alternating_users")), catalog);

        assertThat(run.scenarios()).hasSize(2 * catalog.size());
        // the cached client's lock-out is the trap of alternating users: the single-user function skips it
        assertThat(run.scenarios()).filteredOn(s -> s.status() == ScenarioResult.Status.SKIPPED)
                .extracting(ScenarioResult::name).containsExactly("single-user/cached-client-locked-out");
        assertThat(run.scenarios()).filteredOn(s -> s.status() != ScenarioResult.Status.SKIPPED).allSatisfy(s ->
                assertThat(s.status()).as("%s: %s %s", s.name(), s.violations(), s.reason())
                        .isEqualTo(ScenarioResult.Status.PASSED));
        assertThat(run.function()).isEqualTo("rotor-python-fixtures.zip (python3.11), rotor-python-fixtures.zip"
                + " (python3.11)");
        assertThat(run.passed()).isTrue();
    }
}
