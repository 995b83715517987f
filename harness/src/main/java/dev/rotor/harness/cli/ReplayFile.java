package dev.rotor.harness.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.lambda.FunctionRuntime;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.runner.FunctionUnderTest;
import dev.rotor.harness.scenario.Scenario;
import dev.rotor.harness.scenario.Strategy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@code rotor run --replay-out FILE} writes and {@code rotor run --replay FILE} reads: everything that makes a
 * run happen again exactly. The run's seed (each scenario's seed, hence its passwords, names and the clients' random
 * choices, follows from it), the database and engine, the functions under test, the scenarios' own YAML text, and,
 * to compare with, how each scenario ended and when its faults fired. Never a password.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplayFile(int format, String rotorVersion, long seed, String engine, String db, String image,
                         String jdbcUrl, String dbUser, boolean repeatSteps, List<Function> functions,
                         List<ScenarioText> scenarios, List<Outcome> outcomes) {

    static final int FORMAT = 1;
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** A function under test: its strategy, code, runtime, handler, environment, secret fields and step timeout. */
    public record Function(String strategy, String code, String runtime, String handler,
                           Map<String, String> environment, Map<String, Object> secretFields, long timeoutMillis) {

        static Function of(FunctionUnderTest f) {
            return new Function(f.strategy().id(), f.code().toString(), f.runtime().id(), f.handler(),
                    f.environment(), f.secretFields(), f.timeout().toMillis());
        }

        FunctionUnderTest toFunction() {
            Strategy parsed = Strategy.parse(strategy).orElseThrow(() -> new IllegalArgumentException(
                    "the replay file names an unknown strategy"));
            return new FunctionUnderTest(parsed, Path.of(code), FunctionRuntime.of(runtime), handler,
                    environment == null ? Map.of() : environment, secretFields == null ? Map.of() : secretFields,
                    Duration.ofMillis(timeoutMillis));
        }
    }

    /** A scenario as it was run: its name, the file it came from and its whole YAML text. */
    public record ScenarioText(String name, String file, String yaml) {
    }

    /** How a scenario ended, with its seed and the moments its faults fired (ms after its first timeline entry). */
    public record Outcome(String scenario, String status, long seed, List<FaultMark> faults) {

        static Outcome of(ScenarioResult result) {
            Instant start = result.timeline().isEmpty() ? Instant.EPOCH : result.timeline().get(0).at();
            return new Outcome(result.name(), result.status().name(), result.seed(), result.timeline().stream()
                    .filter(e -> e.lane().equals("fault"))
                    .map(e -> new FaultMark(Duration.between(start, e.at()).toMillis(), e.text())).toList());
        }

        /** The faults' texts in order, to compare two runs (their moments differ with the machine's speed). */
        List<String> faultTexts() {
            return faults.stream().map(FaultMark::text).toList();
        }
    }

    /** One fault event of a scenario's timeline. */
    public record FaultMark(long atMillis, String text) {
    }

    /** The replay of a finished run. */
    static ReplayFile of(RunOptions options, List<Scenario> scenarios, RunResult run) {
        return new ReplayFile(FORMAT, Emulator.version(), run.seed(), options.engine().id(), options.db(),
                options.image(), options.jdbcUrl(), options.dbUser(), options.repeatSteps(),
                options.functions().stream().map(Function::of).toList(),
                scenarios.stream().map(s -> new ScenarioText(s.name(), String.valueOf(s.file()), s.source())).toList(),
                run.scenarios().stream().map(Outcome::of).toList());
    }

    void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the replay file " + file, e);
        }
    }

    static ReplayFile read(Path file) {
        ReplayFile replay;
        try {
            replay = JSON.readValue(file.toFile(), ReplayFile.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the replay file " + file + ": " + e.getMessage(), e);
        }
        if (replay.format() != FORMAT || replay.functions() == null || replay.scenarios() == null) {
            throw new IllegalArgumentException(file + " is not a replay file of this Rotor (format " + FORMAT + ")");
        }
        return replay;
    }
}
