package dev.rotor.harness.functions;

import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.StepRecord;
import dev.rotor.harness.database.ContainerEngine;
import dev.rotor.harness.database.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reference function's cold start under Rotor, as facts that cannot flake: after the function is restarted, its
 * next rotation's first step (createSecret) runs on a new process and the steps after it reuse that process. The
 * durations (the first rotation of the function in this emulator, then {@value #RUNS} rotations each after a
 * restart, and a warm setSecret) and the jar size are written to stdout and {@code target/function-cold-start.txt}
 * for information; they are not asserted, as other builds share the machine. The figures quoted in
 * {@code functions/README.md} come from these lines; {@code bench/rotation.sh} measures cold starts on purpose.
 */
@ExtendWith(ContainerEngine.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceFunctionColdStartIT {
    private static final int RUNS = 5;

    private RotorWithDatabase rotor;

    @BeforeAll
    void start() {
        ContainerEngine.require();
        EmulatorConfig config = EmulatorConfig.defaults();
        for (ReferenceFunction function : ReferenceFunction.values()) {
            config = config.withFunction(function.definition("", Map.of()));
        }
        rotor = RotorWithDatabase.start(Engine.MYSQL, config);
    }

    @AfterAll
    void stop() {
        if (rotor != null) {
            rotor.close();
        }
    }

    @ParameterizedTest
    @EnumSource(ReferenceFunction.class)
    void afterARestartTheFirstStepStartsANewProcessAndTheOthersReuseIt(ReferenceFunction function) throws Exception {
        long first = rotation(function).get(0).durationMs();
        List<Long> colds = new ArrayList<>();
        List<Long> warmSetSecrets = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            rotor.emulator().admin().restartFunction(function.id());
            List<StepRecord> steps = rotation(function);
            assertThat(invocationOf(function, steps.get(0)).coldStart()).as("createSecret after a restart").isTrue();
            for (StepRecord later : steps.subList(1, steps.size())) {
                assertThat(invocationOf(function, later).coldStart()).as("%s on the warm process", later.step())
                        .isFalse();
            }
            colds.add(steps.get(0).durationMs());
            warmSetSecrets.add(steps.get(1).durationMs());
        }
        record(function, first, colds, warmSetSecrets);
    }

    /** Rotates a new secret; returns its steps, checked to be the four, all successful. */
    private List<StepRecord> rotation(ReferenceFunction function) throws InterruptedException {
        String arn = rotor.newSecret(function, rotor.newUser());
        RotationRecord record = rotor.rotate(arn, function.id());
        assertThat(record.status()).as("%s", record).isEqualTo(RotationRecord.Status.SUCCEEDED);
        assertThat(record.steps()).extracting(s -> s.step().wireName())
                .containsExactlyElementsOf(RotorWithDatabase.STEPS);
        return record.steps();
    }

    private Invocation invocationOf(ReferenceFunction function, StepRecord step) {
        return rotor.emulator().admin().invocations(function.id()).stream()
                .filter(i -> i.requestId().equals(step.requestId())).findFirst().orElseThrow();
    }

    private static void record(ReferenceFunction function, long first, List<Long> colds, List<Long> warm)
            throws IOException {
        long jarBytes = Files.size(function.jar());
        List<Long> sorted = colds.stream().sorted().toList();
        String line = String.format("%s: jar %d bytes (%.2f MB); cold first step (createSecret) ms: first rotation %d,"
                        + " after restarts %s, median %d, min %d, max %d; warm setSecret ms %s%n", function, jarBytes,
                jarBytes / 1024.0 / 1024.0, first, colds, sorted.get(sorted.size() / 2), sorted.get(0),
                sorted.get(sorted.size() - 1), warm);
        System.out.print(line);
        Files.writeString(Path.of("target", "function-cold-start.txt"), line, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
