package dev.rotor.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.harness.result.ClientProfile;
import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.ScenarioResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReportTest {

    private final JsonReport report = new JsonReport();

    @Test
    void writesInstantsAsIsoStringsAndDurationsAsMilliseconds() throws Exception {
        JsonNode json = new ObjectMapper().readTree(report.toJson(SampleRuns.mixed()));

        assertThat(json.get("startedAt").asText()).isEqualTo("2026-03-14T09:26:53.589Z");
        assertThat(json.get("duration").isIntegralNumber()).isTrue();
        assertThat(json.get("duration").asLong()).isEqualTo(14_237);
        assertThat(json.get("databaseStart").asLong()).isEqualTo(6_812);
        JsonNode failed = json.get("scenarios").get(1);
        assertThat(failed.get("duration").asLong()).isEqualTo(5_210);
        JsonNode reread = failed.get("availability").get("clients").get(1);
        assertThat(reread.get("client").asText()).isEqualTo("REREAD");
        assertThat(reread.get("longestOutage").asLong()).isEqualTo(1_210);
        assertThat(reread.get("verdict").asText()).isEqualTo("WINDOW");
        assertThat(failed.get("actions").get(1).get("steps").get(1).get("durationMs").asLong()).isEqualTo(1_503);
        assertThat(failed.get("timeline").get(0).get("at").asText()).isEqualTo("2026-03-14T09:26:53.589Z");
    }

    @Test
    void carriesTheVerdictOfTheRunAndOfEachScenario() throws Exception {
        JsonNode json = new ObjectMapper().readTree(report.toJson(SampleRuns.mixed()));

        assertThat(json.get("passed").asBoolean()).isFalse();
        assertThat(json.get("scenarios").get(0).get("passed").asBoolean()).isTrue();
        assertThat(json.get("scenarios").get(1).get("status").asText()).isEqualTo("FAILED");
        assertThat(json.get("scenarios").get(1).get("violations").get(0).get("invariant").asText())
                .isEqualTo("LABELS");
    }

    @Test
    void isPrettyPrinted() {
        assertThat(report.toJson(SampleRuns.allPassed())).startsWith("{\n  \"function\" : ");
    }

    @Test
    void roundTripsTheWholeRun() {
        RunResult run = SampleRuns.mixed();

        RunResult back = report.read(report.toJson(run));

        assertThat(back).isEqualTo(run);
        assertThat(back.scenarios().get(1).status()).isEqualTo(ScenarioResult.Status.FAILED);
        assertThat(back.scenarios().get(1).violations().get(1).invariant()).isEqualTo(Invariant.AVAILABILITY);
        assertThat(back.scenarios().get(1).availability().of(ClientProfile.REREAD).orElseThrow().longestOutage())
                .isEqualTo(Duration.ofMillis(1_210));
    }

    @Test
    void roundTripsHostileStrings() {
        RunResult run = SampleRuns.hostile();

        assertThat(report.read(report.toJson(run))).isEqualTo(run);
    }
}
