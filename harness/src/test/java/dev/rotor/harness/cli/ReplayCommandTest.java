package dev.rotor.harness.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayCommandTest {

    @Test
    void aReplayFileIsReplayedByItsPath() {
        assertThat(ReplayCommand.of(List.of("--seed", "3"), Path.of("out/replay.json"), 3))
                .isEqualTo("rotor run --replay out/replay.json");
    }

    @Test
    void otherwiseTheRunsOwnArgumentsWithItsSeedLeavingOutWhatTheReportAddsAndTheReportFiles() {
        assertThat(ReplayCommand.of(List.of("scenarios", "--db", "container", "--scenario", "a", "--strategy=single-user",
                "--junit", "r.xml", "--seed", "9", "--function-env", "EXCLUDE_CHARACTERS=/@"), null, 9))
                .isEqualTo("rotor run scenarios --db container --function-env EXCLUDE_CHARACTERS=/@ --seed=9");
    }

    @Test
    void theAdminPasswordIsNeverPrinted() {
        assertThat(ReplayCommand.of(List.of("--db", "external", "--db-password", "s3cret", "--db-password=other"),
                null, 1)).doesNotContain("s3cret", "other").isEqualTo("rotor run --db external --seed=1");
    }

    @Test
    void argumentsAreQuotedForTheShell() {
        assertThat(ReplayCommand.of(List.of("my scenarios", "--function-env", "A=it's"), null, -5))
                .isEqualTo("rotor run 'my scenarios' --function-env 'A=it'\\''s' --seed=-5");
    }
}
