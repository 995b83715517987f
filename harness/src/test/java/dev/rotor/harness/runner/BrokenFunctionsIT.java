package dev.rotor.harness.runner;

import dev.rotor.harness.action.RestartDatabase;
import dev.rotor.harness.database.ContainerEngine;
import dev.rotor.harness.database.DatabaseProvider;
import dev.rotor.harness.database.DatabaseServer;
import dev.rotor.harness.database.Engine;
import dev.rotor.harness.report.RunListener;
import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.Violation;
import dev.rotor.harness.scenario.Scenario;
import dev.rotor.harness.scenario.ScenarioLoader;
import dev.rotor.harness.scenario.Strategy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checker that cannot fail is a defect: for every invariant, a deliberately broken rotation function is caught
 * with that invariant named, with evidence. (Each check's own unit test, without a database, is in invariants/.)
 */
@ExtendWith(ContainerEngine.class)
class BrokenFunctionsIT {
    private static DatabaseServer server;

    @BeforeAll
    static void startDatabase() {
        ContainerEngine.require();
        server = DatabaseProvider.container().start(Engine.MYSQL);
    }

    @AfterAll
    static void stopDatabase() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0} is caught by {3}")
    @CsvSource(textBlock = """
            FinishNeverMovesCurrent,     single-user,       first-rotation,        LABELS
            FinishNeverMovesCurrent,     single-user,       first-rotation,        EXPECTATION
            SingleUserKeepsOldPassword,  single-user,       first-rotation,        LOGIN
            LoginBreaker,                single-user,       first-rotation,        LOGIN
            AlternatingWithoutGrants,    alternating-users, first-rotation,        GRANTS
            AlternatingExtraGrant,       alternating-users, first-rotation,        GRANTS
            DropsCustomKeys,             single-user,       custom-keys-preserved, FIELDS
            SetSecretChangesCurrentUser, alternating-users, repeated-rotations,    AVAILABILITY
            SetSecretChangesCurrentUser, alternating-users, first-rotation,        LOGIN
            NewPasswordOnEveryCreate,    single-user,       first-rotation,        IDEMPOTENCY
            DropsCustomKeys,             single-user,       operator-changes-a-field,              FIELDS
            SetSecretTriesOnlyCurrent,   single-user,       lost-response-after-set-secret,        EXPECTATION
            SetSecretIgnoresConnectionErrors, single-user,  refused-connections-during-set-secret, EXPECTATION
            NoSdkRetries,                single-user,       throttled-put-secret-value,            EXPECTATION
            NoSdkRetries,                single-user,       secrets-manager-errors-and-slowness,   EXPECTATION
            ReusesItsConnections,        single-user,       database-restart-between-rotations,    EXPECTATION
            ShortSocketTimeout,          single-user,       latency-on-every-round-trip,           EXPECTATION
            IgnoresUnreachableDatabase,  single-user,       dropped-connections-during-rotation,   LOGIN
            """)
    void aBrokenFunctionIsCaughtWithTheInvariantNamed(String handler, String strategy, String scenario,
                                                      Invariant invariant) {
        Strategy s = Strategy.parse(strategy).orElseThrow();
        List<Scenario> scenarios = HarnessFixtures.catalog(scenario);
        RunResult run = new HarnessRun(provider(scenarios), Engine.MYSQL, true, RunListener.NONE)
                .run(List.of(HarnessFixtures.broken(s, handler)), scenarios);

        assertThat(run.passed()).isFalse();
        List<Violation> violations = run.scenarios().get(0).violations();
        assertThat(violations).extracting(Violation::invariant).contains(invariant);
        Violation caught = violations.stream().filter(v -> v.invariant() == invariant).findFirst().orElseThrow();
        assertThat(caught.message()).isNotBlank();
        assertThat(caught.evidence()).isNotEmpty();
        if (invariant != Invariant.LABELS && invariant != Invariant.IDEMPOTENCY && invariant != Invariant.EXPECTATION) {
            assertThat(caught.username()).as("the violation names the database user").isNotBlank();
        }
    }

    @ParameterizedTest(name = "the Python {0} is caught by {3}")
    @CsvSource(textBlock = """
            broken_drops_custom_keys,            single-user,       custom-keys-preserved, FIELDS
            broken_new_password_on_every_create, single-user,       first-rotation,        IDEMPOTENCY
            broken_clone_with_extra_grant,       alternating-users, first-rotation,        GRANTS
            """)
    void aBrokenPythonFunctionIsCaughtWithTheInvariantNamed(String module, String strategy, String scenario,
                                                            Invariant invariant) {
        RunResult run = new HarnessRun(DatabaseProvider.external(server.jdbcUrl(), server.admin()), Engine.MYSQL,
                true, RunListener.NONE).run(List.of(HarnessFixtures.python(Strategy.parse(strategy).orElseThrow(),
                module)), HarnessFixtures.catalog(scenario));

        assertThat(run.passed()).isFalse();
        List<Violation> violations = run.scenarios().get(0).violations();
        assertThat(violations).as(run.scenarios().get(0).reason()).extracting(Violation::invariant)
                .contains(invariant);
        assertThat(violations.stream().filter(v -> v.invariant() == invariant).findFirst().orElseThrow().evidence())
                .isNotEmpty();
    }

    /** The shared server, or a container of the scenario's own when it restarts the database (Rotor restarts only its own). */
    private static DatabaseProvider provider(List<Scenario> scenarios) {
        boolean restarts = scenarios.stream().flatMap(s -> s.actions().stream())
                .anyMatch(RestartDatabase.class::isInstance);
        return restarts ? DatabaseProvider.container() : DatabaseProvider.external(server.jdbcUrl(), server.admin());
    }

    @Test
    void aFaultThatNeverFiredFailsTheScenarioSayingSo() {
        Scenario scenario = new ScenarioLoader().parse(Path.of("never-fired.yaml"), """
                name: never-fired
                actions:
                  - fault: {database: refuse, during: finishSecret}
                  - inject-fault: {step: setSecret}
                  - rotate: {expect: fails-at setSecret}
                """);
        RunResult run = new HarnessRun(DatabaseProvider.external(server.jdbcUrl(), server.admin()), Engine.MYSQL,
                true, RunListener.NONE).run(List.of(HarnessFixtures.reference(Strategy.SINGLE_USER)),
                List.of(scenario));

        assertThat(run.passed()).isFalse();
        assertThat(run.scenarios().get(0).violations()).singleElement().satisfies(v -> {
            assertThat(v.invariant()).isEqualTo(Invariant.EXPECTATION);
            assertThat(v.message()).isEqualTo("fault (line 3) {database: refuse, during: finishSecret, times: 1} was"
                    + " armed but never fired");
            assertThat(v.actionIndex()).isEqualTo(1);
        });
    }

    @ParameterizedTest(name = "the reference {0} function passes the same scenario")
    @CsvSource(textBlock = """
            single-user,       first-rotation
            alternating-users, repeated-rotations
            single-user,       custom-keys-preserved
            """)
    void theReferenceFunctionsPassTheScenariosThatCatchTheBrokenOnes(String strategy, String scenario) {
        Strategy s = Strategy.parse(strategy).orElseThrow();
        RunResult run = new HarnessRun(DatabaseProvider.external(server.jdbcUrl(), server.admin()), Engine.MYSQL,
                true, RunListener.NONE).run(List.of(HarnessFixtures.reference(s)), HarnessFixtures.catalog(scenario));
        assertThat(run.scenarios().get(0).violations()).isEmpty();
        assertThat(run.passed()).isTrue();
    }
}
