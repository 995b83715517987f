package dev.rotor.harness.cli;

import dev.rotor.emulator.lambda.FunctionRuntime;
import dev.rotor.harness.database.Engine;
import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.result.TimelineEntry;
import dev.rotor.harness.runner.FunctionUnderTest;
import dev.rotor.harness.scenario.Scenario;
import dev.rotor.harness.scenario.ScenarioLoader;
import dev.rotor.harness.scenario.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayFileTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    static ScenarioResult result(String name, ScenarioResult.Status status, String... faults) {
        List<TimelineEntry> timeline = new java.util.ArrayList<>(List.of(new TimelineEntry(T0, "action", "1. rotate",
                true)));
        for (int i = 0; i < faults.length; i++) {
            timeline.add(new TimelineEntry(T0.plusMillis(100L * (i + 1)), "fault", faults[i], false));
        }
        return new ScenarioResult(name, "", "scenarios/" + name + ".yaml", status, Duration.ofSeconds(1), List.of(),
                List.of(), Availability.NONE, timeline, null, 77, null);
    }

    static RunResult run(ScenarioResult... scenarios) {
        return new RunResult("f.jar", "h", "single-user", "mysql", "db", T0, Duration.ofSeconds(1), Duration.ZERO, 12,
                List.of(scenarios));
    }

    @Test
    void carriesTheSeedOptionsScenarioTextsAndFaultTimingsButNoPassword() throws IOException {
        String yaml = "name: lost\nactions:\n  - rotate\n";
        Scenario scenario = new ScenarioLoader().parse(Path.of("scenarios/lost.yaml"), yaml);
        RunOptions options = new RunOptions(Engine.MARIADB, "external", null, "jdbc:mysql://db:3306/", "admin", false,
                List.of(new FunctionUnderTest(Strategy.SINGLE_USER, Path.of("f.zip"), FunctionRuntime.PYTHON311,
                        "handler.lambda_handler", Map.of("EXCLUDE_CHARACTERS", "/@"), Map.of("note", "kept"),
                        Duration.ofSeconds(20))));
        Path file = dir.resolve("nested/replay.json");

        ReplayFile.of(options, List.of(scenario), run(result("lost", ScenarioResult.Status.FAILED,
                "lose-response fired in setSecret"))).write(file);
        ReplayFile back = ReplayFile.read(file);

        assertThat(back.seed()).isEqualTo(12);
        assertThat(RunOptions.of(back)).isEqualTo(options);
        assertThat(back.scenarios()).singleElement().satisfies(s -> {
            assertThat(s.yaml()).isEqualTo(yaml);
            assertThat(s.file()).isEqualTo(Path.of("scenarios/lost.yaml").toString());
        });
        assertThat(back.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.seed()).isEqualTo(77);
            assertThat(o.faults()).containsExactly(new ReplayFile.FaultMark(100, "lose-response fired in setSecret"));
        });
        assertThat(Files.readString(file)).doesNotContainIgnoringCase("password");
    }

    @Test
    void aFileThatIsNotAReplayIsRefusedWithItsName() throws IOException {
        Path file = Files.writeString(dir.resolve("other.json"), "{\"function\": \"x\"}");

        assertThatThrownBy(() -> ReplayFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other.json is not a replay file");
    }

    @Test
    void aReplayThatEndsAsRecordedSaysSo() {
        ReplayFile recorded = ReplayFile.of(new RunOptions(Engine.MYSQL, "auto", null, null, null, true, List.of()),
                List.of(), run(result("lost", ScenarioResult.Status.FAILED, "armed", "fired")));

        assertThat(ReplayCheck.compare(recorded, run(result("lost", ScenarioResult.Status.FAILED, "armed", "fired"))))
                .containsExactly("replay: 1 scenario ended as recorded, faults firing in the same order");
        assertThat(ReplayCheck.compare(recorded, run(result("lost", ScenarioResult.Status.PASSED, "armed"))))
                .containsExactly("replay: lost ended PASSED, recorded FAILED");
        assertThat(ReplayCheck.compare(recorded, run(result("lost", ScenarioResult.Status.FAILED, "armed"))))
                .containsExactly("replay: lost's faults fired [armed], recorded [armed, fired]");
    }
}
