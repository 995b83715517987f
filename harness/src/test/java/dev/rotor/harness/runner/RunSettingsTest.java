package dev.rotor.harness.runner;

import dev.rotor.emulator.lambda.FunctionRuntime;
import dev.rotor.harness.report.RunListener;
import dev.rotor.harness.scenario.Scenario;
import dev.rotor.harness.scenario.Strategy;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunSettingsTest {
    private static final Path JAR = Path.of("rotator.jar");

    @Test
    void defaultsAreRotorRunsWithoutOptions() {
        RunSettings defaults = RunSettings.defaults();

        assertThat(defaults.engine()).isEqualTo("mysql");
        assertThat(defaults.db()).isEqualTo("auto");
        assertThat(defaults.functionTimeout()).isEqualTo("30s");
        assertThat(defaults.repeatSteps()).isTrue();
        assertThat(defaults.scenarioLocation()).isNull();
        assertThat(defaults.scenarioNames()).isEmpty();
        assertThat(defaults.parallel()).as("null: the machine's default").isNull();
    }

    @Test
    void aGivenFunctionIsTheOneUnderTestWithItsEnvironmentAndTimeout() {
        List<FunctionUnderTest> functions = RunSettings.defaults()
                .withStrategy("single-user").withFunction(JAR, "com.example.Rotator")
                .withFunctionEnvironment(Map.of("EXCLUDE_CHARACTERS", "/@")).withFunctionTimeout("45s").functions();

        assertThat(functions).containsExactly(new FunctionUnderTest(Strategy.SINGLE_USER, JAR, FunctionRuntime.JAVA17,
                "com.example.Rotator", Map.of("EXCLUDE_CHARACTERS", "/@"), Map.of(), Duration.ofSeconds(45)));
    }

    @Test
    void aPythonFunctionRunsWithItsRuntimeAndTheSecretFieldsParsed() {
        Path zip = Path.of("rotator.zip");
        List<FunctionUnderTest> functions = RunSettings.defaults().withStrategy("alternating-users")
                .withFunction(zip, "lambda_function.lambda_handler").withRuntime("python3.12")
                .withSecretFields(Map.of("ssl", "false")).functions();

        assertThat(functions).containsExactly(new FunctionUnderTest(Strategy.ALTERNATING_USERS, zip,
                FunctionRuntime.PYTHON312, "lambda_function.lambda_handler", Map.of(), Map.of("ssl", false),
                Duration.ofSeconds(30)));
    }

    @Test
    void aRuntimeOtherThanJavaNeedsAFunctionOfItsOwn() {
        assertThatThrownBy(() -> RunSettings.defaults().withRuntime("python3.11").functions())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--runtime python3.11 needs --function: the reference functions are Java");
    }

    @Test
    void aGivenFunctionNeedsItsStrategyAndHandler() {
        assertThatThrownBy(() -> RunSettings.defaults().withFunction(JAR, "com.example.Rotator").functions())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--function needs --strategy and --handler");
        assertThatThrownBy(() -> RunSettings.defaults().withStrategy("both").withFunction(JAR, "com.example.Rotator").functions())
                .hasMessage("unknown strategy 'both' (single-user or alternating-users)");
    }

    @Test
    void selectsScenariosByNameInCatalogOrder() {
        List<Scenario> selected = RunSettings.defaults().withScenarioLocation(Path.of("../scenarios"))
                .withScenarioNames(List.of("special-characters", "first-rotation")).scenarios();

        assertThat(selected).extracting(Scenario::name).containsExactly("first-rotation", "special-characters");
        assertThatThrownBy(() -> RunSettings.defaults().withScenarioLocation(Path.of("../scenarios"))
                .withScenarioNames(List.of("nope")).scenarios()).isInstanceOf(IllegalArgumentException.class).hasMessage("no scenario matches [nope]");
    }

    @Test
    void refusesADatabaseChoiceThatCannotWork() {
        assertThatThrownBy(() -> RunSettings.defaults().withEngine("oracle")
                .harnessRun(RunListener.NONE)).hasMessage("unknown engine 'oracle' (mysql or mariadb)");
        assertThatThrownBy(() -> RunSettings.defaults().withDb("embedded").withImage("mysql:8.4")
                .harnessRun(RunListener.NONE)).hasMessage("--image needs --db container");
        assertThatThrownBy(() -> RunSettings.defaults().withExternalServer(null, "root", "pw")
                .harnessRun(RunListener.NONE)).hasMessage("--db external needs --jdbc-url and --db-user");
        assertThatThrownBy(() -> RunSettings.defaults().withParallel(0).harnessRun(RunListener.NONE))
                .hasMessage("--parallel must be at least 1");
        assertThatThrownBy(() -> RunSettings.defaults().withDb("cloud")
                .harnessRun(RunListener.NONE)).hasMessageContaining("unknown database provider 'cloud'");
    }
}
