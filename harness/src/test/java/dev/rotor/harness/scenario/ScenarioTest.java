package dev.rotor.harness.scenario;

import dev.rotor.harness.database.Engine;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioTest {

    private static Scenario restrictedTo(Strategy strategy, Engine engine) {
        return new Scenario("only", "", Path.of("only.yaml"), EnumSet.of(strategy), EnumSet.of(engine),
                Setup.defaults(), List.of(), Map.of(), "");
    }

    @Test
    void aScenarioAppliesWhereItsStrategyAndEngineMatch() {
        Scenario scenario = restrictedTo(Strategy.SINGLE_USER, Engine.MARIADB);

        assertThat(scenario.appliesTo(Strategy.SINGLE_USER, Engine.MARIADB)).isTrue();
        assertThat(scenario.notApplicableReason(Strategy.SINGLE_USER, Engine.MARIADB)).isEmpty();
    }

    @Test
    void anotherStrategyOrEngineIsAReasonToSkipThatNamesBoth() {
        Scenario scenario = restrictedTo(Strategy.SINGLE_USER, Engine.MARIADB);

        assertThat(scenario.notApplicableReason(Strategy.ALTERNATING_USERS, Engine.MARIADB)).contains(
                "applies to strategy single-user only; the function under test is alternating-users");
        assertThat(scenario.notApplicableReason(Strategy.SINGLE_USER, Engine.MYSQL)).contains(
                "applies to engine mariadb only; this run uses mysql");
    }
}
