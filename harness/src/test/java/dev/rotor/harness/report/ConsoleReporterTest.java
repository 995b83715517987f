package dev.rotor.harness.report;

import dev.rotor.harness.result.RunResult;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleReporterTest {

    private static String print(RunResult run, ConsoleStyle style) {
        StringWriter text = new StringWriter();
        Replay.to(new ConsoleReporter(new PrintWriter(text, true), style), run);
        return text.toString();
    }

    @Test
    void showsTheRunHeaderAndEachActionsStepsOnOneLine() {
        String output = print(SampleRuns.mixed(), ConsoleStyle.PLAIN);

        assertThat(output).contains("rotor run functions/mysql-alternating-users/target/mysql-alternating-users.jar")
                .contains("strategy alternating-users, engine mysql-8.4, database container mysql:8.4.3, 4 scenarios")
                .contains("▶ happy-path\n")
                .contains("  rotate #1: createSecret ✓ setSecret ✓ testSecret ✓ finishSecret ✓ (");
        assertThat(output.lines()).contains(
                "  rotate #2: createSecret ✓ setSecret ✗ setSecret(2) ✗ setSecret(3) ✓ testSecret ✓ finishSecret ✓"
                        + " (3.40 s)");
    }

    @Test
    void showsAnActionWithoutStepsWithItsOutcome() {
        assertThat(print(SampleRuns.mixed(), ConsoleStyle.PLAIN).lines()).contains("  fault #1: ✓ applied (2 ms)");
    }

    @Test
    void explainsAnUnmetExpectationUnderTheAction() {
        assertThat(print(SampleRuns.mixed(), ConsoleStyle.PLAIN).lines()).containsSubsequence(
                "  rotate #3: createSecret ✓ setSecret ✗ (1.62 s)",
                "    expected succeeds, got failed at setSecret",
                "    the function read AWSPREVIOUS as the master secret");
    }

    @Test
    void writesOneVerdictLinePerScenarioWithItsTime() {
        List<String> lines = print(SampleRuns.mixed(), ConsoleStyle.PLAIN).lines().toList();

        assertThat(lines).contains("PASS  happy-path (1.24 s)", "FAIL  database-outage-in-setsecret (5.21 s)",
                "ERROR grants-with-roles (312 ms)", "SKIP  single-user-old-password-refused (0 ms)");
    }

    @Test
    void indentsEachViolationWithInvariantMessageStepAndUser() {
        assertThat(print(SampleRuns.mixed(), ConsoleStyle.PLAIN).lines()).containsSubsequence(
                "FAIL  database-outage-in-setsecret (5.21 s)",
                "      ✗ labels: AWSPENDING left on version 5f1c…e2 after a successful rotation",
                "        at action #2, step finishSecret, user app_user_clone",
                "      ✗ availability: 3 client logins failed during rotation (longest outage 1.21 s)",
                "        at action #2, step setSecret, user app_user");
    }

    @Test
    void showsEachClientProfilesAvailabilityUnderTheScenario() {
        assertThat(print(SampleRuns.mixed(), ConsoleStyle.PLAIN).lines()).containsSubsequence(
                "PASS  happy-path (1.24 s)",
                "      clients: jdbc-driver available (38 connections), reread available (36 connections)",
                "FAIL  database-outage-in-setsecret (5.21 s)",
                "      clients: jdbc-driver available (40 connections), reread window (43 connections, 3 failed,"
                        + " longest outage 1.21 s), cached locked-out (41 connections, 12 failed, longest outage"
                        + " 2.31 s)");
    }

    @Test
    void printsTheReplayCommandUnderAScenarioThatFailedOrErred() {
        String output = print(SampleRuns.mixed(), ConsoleStyle.PLAIN);

        assertThat(output.lines()).containsSubsequence("FAIL  database-outage-in-setsecret (5.21 s)",
                "      replay: rotor run --seed=-4242424242 --strategy alternating-users --scenario"
                        + " database-outage-in-setsecret");
        assertThat(output).contains("      replay: rotor run --seed=-4242424242 --strategy alternating-users"
                + " --scenario grants-with-roles").doesNotContain("--scenario happy-path");
    }

    @Test
    void showsWhyAScenarioErroredOrWasSkipped() {
        String output = print(SampleRuns.mixed(), ConsoleStyle.PLAIN);

        assertThat(output).contains("ERROR grants-with-roles (312 ms)\n      Could not set up the scenario: CREATE ROLE"
                        + " failed\n      java.sql.SQLSyntaxErrorException: You have an error")
                .contains("      needs strategy single-user, the function is alternating-users");
    }

    @Test
    void endsWithASummaryTableAndTheTotalsLine() {
        List<String> lines = print(SampleRuns.mixed(), ConsoleStyle.PLAIN).lines().toList();

        assertThat(lines).containsSubsequence(
                "Scenario                          Status   Time    Violations",
                "happy-path                        PASSED   1.24 s  0",
                "database-outage-in-setsecret      FAILED   5.21 s  2 (labels, availability)",
                "grants-with-roles                 ERROR    312 ms  -",
                "single-user-old-password-refused  SKIPPED  0 ms    -",
                "1 passed, 2 failed, 1 skipped",
                "  of which 1 is an error (could not run)",
                "Total time 14.24 s, database started in 6.81 s");
    }

    @Test
    void leavesOutSkippedFromTheTotalsWhenNoneWereSkipped() {
        List<String> lines = print(SampleRuns.allPassed(), ConsoleStyle.PLAIN).lines().toList();

        assertThat(lines).contains("1 passed, 0 failed").doesNotContain("of which");
    }

    @Test
    void showsControlCharactersFromMessagesInsteadOfSendingThemToTheTerminal() {
        String output = print(SampleRuns.hostile(), ConsoleStyle.PLAIN);

        assertThat(output).doesNotContain("\u001B", "\u0007")
                .contains("✗ fields: message <script>alert(\"x\")</script> & ]]> \\u0001\\u0007\\u001B[31m 🔑");
    }

    @Test
    void writesNoEscapeCodesWithoutColour() {
        assertThat(print(SampleRuns.mixed(), ConsoleStyle.PLAIN)).doesNotContain("\u001B[");
    }

    @Test
    void coloursVerdictsWithColourButKeepsTheTotalsLinePlain() {
        String output = print(SampleRuns.mixed(), new ConsoleStyle(true, true));

        assertThat(output).contains("\u001B[32mPASS \u001B[0m happy-path", "\u001B[31mFAIL \u001B[0m database")
                .contains("\n1 passed, 2 failed, 1 skipped\n");
    }

    @Test
    void fallsBackToAsciiMarksWhenTheCharsetCannotEncodeThem() {
        String output = print(SampleRuns.allPassed(), new ConsoleStyle(false, false));

        assertThat(output).contains("  rotate #1: createSecret ok setSecret ok").contains("> happy-path")
                .doesNotContain("✓");
    }

    @Test
    void colourIsOnlyUsedOnATerminalWithoutNoColor() {
        var utf8 = StandardCharsets.UTF_8;

        assertThat(ConsoleStyle.detect(true, null, utf8).color()).isTrue();
        assertThat(ConsoleStyle.detect(true, "", utf8).color()).isTrue();
        assertThat(ConsoleStyle.detect(true, "1", utf8).color()).isFalse();
        assertThat(ConsoleStyle.detect(false, null, utf8).color()).isFalse();
        assertThat(ConsoleStyle.detect(false, null, StandardCharsets.US_ASCII).unicode()).isFalse();
    }

    @Test
    void forwardsEveryEventToAllListenersInOrder() {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        RunListener counting1 = new RunListener() {
            @Override
            public void scenarioFinished(dev.rotor.harness.result.ScenarioResult scenario) {
                first.incrementAndGet();
            }
        };
        RunListener counting2 = new RunListener() {
            @Override
            public void scenarioFinished(dev.rotor.harness.result.ScenarioResult scenario) {
                second.incrementAndGet();
            }
        };

        Replay.to(RunListener.all(List.of(counting1, RunListener.NONE, counting2)), SampleRuns.mixed());

        assertThat(first).hasValue(4);
        assertThat(second).hasValue(4);
    }
}
