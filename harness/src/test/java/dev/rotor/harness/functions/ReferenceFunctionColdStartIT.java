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
 * Jar size and the cold start of the first step (createSecret, on a new function process) under Rotor: the step's
 * duration as the rotation record shows it, which includes starting the JVM under the RIC, loading the handler and
 * the first Secrets Manager calls. First the first rotation of the function in this emulator, started
 * {@code -Drotor.coldStartSettleMs} (default 3000) after the emulator, as a user's first RotateSecret would be: it
 * records the AppCDS archive when the jar is new, and with 0 it also waits for the emulator to unpack the jar. Then
 * {@value #RUNS} rotations, each after {@code FunctionHost.restart}: their median is the cold start. The figures go to
 * stdout and {@code target/function-cold-start.txt}; the test fails only above {@code -Drotor.coldStartLimitMs}
 * (default 5000: the aim is 1.5 s, but other builds share this machine).
 */
@ExtendWith(ContainerEngine.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceFunctionColdStartIT {
    private static final int RUNS = 5;

    private RotorWithDatabase rotor;
    private long startedAt;

    @BeforeAll
    void start() {
        ContainerEngine.require();
        EmulatorConfig config = EmulatorConfig.defaults();
        for (ReferenceFunction function : ReferenceFunction.values()) {
            config = config.withFunction(function.definition("", Map.of()));
        }
        rotor = RotorWithDatabase.start(Engine.MYSQL, config);
        startedAt = System.currentTimeMillis();
    }

    @AfterAll
    void stop() {
        if (rotor != null) {
            rotor.close();
        }
    }

    @ParameterizedTest
    @EnumSource(ReferenceFunction.class)
    void coldStartOfTheFirstStep(ReferenceFunction function) throws Exception {
        long jarBytes = Files.size(function.jar());
        long settle = Long.getLong("rotor.coldStartSettleMs", 3000);
        Thread.sleep(Math.max(0, startedAt + settle - System.currentTimeMillis()));
        long first = coldFirstStepMillis(function);
        List<Long> runs = new ArrayList<>();
        List<Long> warmSteps = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            rotor.emulator().functionHost().restart(function.id());
            runs.add(coldFirstStepMillis(function));
            warmSteps.add(lastWarmSetSecretMillis);
        }
        List<Long> sorted = runs.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        String line = String.format("%s: jar %d bytes (%.2f MB); cold first step (createSecret) ms: first rotation %d,"
                        + " runs %s, median %d, min %d, max %d; warm setSecret ms %s%n", function, jarBytes,
                jarBytes / 1024.0 / 1024.0, first, runs, median, sorted.get(0), sorted.get(sorted.size() - 1),
                warmSteps);
        System.out.print(line);
        Files.writeString(Path.of("target", "function-cold-start.txt"), line, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        assertThat(median).as(line).isLessThanOrEqualTo(Long.getLong("rotor.coldStartLimitMs", 5000));
    }

    private long lastWarmSetSecretMillis;

    /** Rotates a new secret and returns the first step's duration, checking it ran on a new process. */
    private long coldFirstStepMillis(ReferenceFunction function) throws InterruptedException, IOException {
        String arn = rotor.newSecret(function, rotor.newUser());
        RotationRecord record = rotor.rotate(arn, function.id());
        assertThat(record.status()).as("%s", record).isEqualTo(RotationRecord.Status.SUCCEEDED);
        StepRecord first = record.steps().get(0);
        assertThat(first.step()).isEqualTo("createSecret");
        Invocation invocation = rotor.emulator().functionHost().recentInvocations(function.id()).stream()
                .filter(i -> i.requestId().equals(first.requestId())).findFirst().orElseThrow();
        assertThat(invocation.coldStart()).as("createSecret started a new process").isTrue();
        lastWarmSetSecretMillis = record.steps().get(1).durationMs();
        return first.durationMs();
    }
}
