package dev.rotor.harness.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioTextTest {

    @Test
    void readsLikeTheConsoleWithoutColourAndEndsWithEachViolationsEvidence() {
        String text = ScenarioText.of(SampleRuns.databaseOutage());

        assertThat(text).doesNotContain("\u001B[");
        assertThat(text.lines()).containsSubsequence(
                "▶ database-outage-in-setsecret",
                "  rotate #3: createSecret ✓ setSecret ✗ (1.62 s)",
                "    expected succeeds, got failed at setSecret",
                "FAIL  database-outage-in-setsecret (5.21 s)",
                "      ✗ labels: AWSPENDING left on version 5f1c…e2 after a successful rotation",
                "        at action #2, step finishSecret, user app_user_clone",
                "evidence of labels (at action #2, step finishSecret, user app_user_clone):",
                "  #41 09:26:58.117 UpdateSecretVersionStage AWSCURRENT 5f1c…e2 <- 9a0b…11",
                "evidence of availability (at action #2, step setSecret, user app_user):",
                "  probe 09:26:58.111 login app_user: Access denied (1045)");
    }

    @Test
    void givesTheReasonOfAScenarioThatCouldNotRun() {
        assertThat(ScenarioText.of(SampleRuns.brokenFixture()))
                .contains("ERROR grants-with-roles", "Could not set up the scenario: CREATE ROLE failed");
    }

    @Test
    void keepsControlCharactersOfTheEvidenceOffTheTerminal() {
        String text = ScenarioText.of(SampleRuns.hostile().scenarios().get(0));

        assertThat(text).contains("evidence of fields").doesNotContain("\u001B", "\u0007");
    }
}
