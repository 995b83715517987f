package dev.rotor.harness.runner;

import dev.rotor.emulator.lambda.FunctionRuntime;
import dev.rotor.harness.scenario.Scenario;
import dev.rotor.harness.scenario.ScenarioLoader;
import dev.rotor.harness.scenario.Strategy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The function jars and the scenario catalog, as the harness tests use them. */
final class HarnessFixtures {
    static final String BROKEN = "dev.rotor.functions.mysql.broken.";

    private HarnessFixtures() {
    }

    static List<Scenario> catalog() {
        return new ScenarioLoader().loadAll(Path.of("../scenarios"));
    }

    static List<Scenario> catalog(String... names) {
        List<String> wanted = List.of(names);
        return catalog().stream().filter(s -> wanted.contains(s.name())).toList();
    }

    static FunctionUnderTest reference(Strategy strategy) {
        return FunctionUnderTest.reference(strategy, Map.of(), Duration.ofSeconds(30));
    }

    static FunctionUnderTest broken(Strategy strategy, String handlerClass) {
        return new FunctionUnderTest(strategy, jar("functions/broken-fixtures/target/rotor-broken-fixtures.jar"),
                FunctionRuntime.JAVA17, BROKEN + handlerClass, Map.of(), Map.of(), Duration.ofSeconds(30));
    }

    /** A Python function of {@code functions/python-fixtures}, from its deployment zip, on python3.11. */
    static FunctionUnderTest python(Strategy strategy, String module) {
        return new FunctionUnderTest(strategy, PythonFixtures.zip(), FunctionRuntime.PYTHON311,
                module + ".lambda_handler", Map.of(), Map.of(), Duration.ofSeconds(30));
    }

    static Path jar(String relative) {
        Path jar = Path.of("..").resolve(relative).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the functions first (mvn install): " + jar);
        }
        return jar;
    }
}
