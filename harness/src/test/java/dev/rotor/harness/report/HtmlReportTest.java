package dev.rotor.harness.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {

    private final HtmlReport report = new HtmlReport();

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void headsThePageWithTheVerdictAndTotals() {
        String html = report.render(SampleRuns.mixed());

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<header class=\"run failed\">", "✗ FAILED", "rotor.alternating-users.mysql-8-4")
                .contains("<b>1</b> passed", "<b>1</b> failed", "<b>1</b> errors", "<b>1</b> skipped")
                .contains("<dd>container mysql:8.4.3</dd>", "<dd>2026-03-14 09:26:53 UTC</dd>", "<dd>6.81 s</dd>");
        assertThat(report.render(SampleRuns.allPassed())).contains("<header class=\"run passed\">", "✓ PASSED");
    }

    @Test
    void opensTheCardsOfScenariosThatDidNotPassOnly() {
        String html = report.render(SampleRuns.mixed());

        assertThat(html).contains("<details class=\"card passed\" id=\"scenario-1\">")
                .contains("<details class=\"card failed\" id=\"scenario-2\" open>")
                .contains("<details class=\"card error\" id=\"scenario-3\" open>")
                .contains("<details class=\"card skipped\" id=\"scenario-4\">");
    }

    @Test
    void drawsAnSvgTimelineInEveryScenarioCard() {
        String html = report.render(SampleRuns.mixed());

        assertThat(count(html, "<details class=\"card")).isEqualTo(4);
        assertThat(count(html, "<svg class=\"timeline\"")).isEqualTo(4);
        assertThat(html).contains("<text class=\"lane-name\" x=\"8\" y=\"24\">actions</text>")
                .contains("<g class=\"mark bad\"><title>+3.41 s · violation · labels: AWSPENDING left on v2</title>")
                .contains("nothing recorded");
    }

    @Test
    void highlightsViolationsWithTheirEvidence() {
        String html = report.render(SampleRuns.mixed());

        assertThat(html).contains("<span class=\"invariant\" title=\"exactly one AWSCURRENT")
                .contains(">labels</span> AWSPENDING left on version 5f1c…e2 after a successful rotation</div>")
                .contains("<div class=\"where\">at action #2, step finishSecret, user app_user_clone</div>")
                .contains("#41 09:26:58.117 UpdateSecretVersionStage AWSCURRENT 5f1c…e2 &lt;- 9a0b…11\n");
    }

    @Test
    void listsActionsWithStepsAndAvailabilityPerClient() {
        String html = report.render(SampleRuns.mixed());

        assertThat(html).contains("<tr class=\"unmet\"><td>3</td><td>rotate</td><td>succeeds</td>")
                .contains("✗ setSecret<sup>2</sup>")
                .contains("<tr><td>reread</td><td class=\"num\">43</td><td class=\"num\">3</td><td class=\"num\">"
                        + "1.21 s</td><td><span class=\"verdict-chip window\">window</span></td></tr>")
                .contains("<span class=\"verdict-chip bad\">locked-out</span>");
    }

    @Test
    void showsTheSeedAndAFailedScenariosReplayCommand() {
        String html = report.render(SampleRuns.mixed());

        assertThat(html).contains("-4242424242").contains("<div class=\"replay\">Replay: <code>rotor run --seed="
                + "-4242424242 --strategy alternating-users --scenario database-outage-in-setsecret</code></div>");
    }

    @Test
    void drawsFaultsInTheirOwnLaneArmedGreenFiredRed() {
        String html = report.render(SampleRuns.mixed());

        assertThat(html).contains(">faults</text>")
                .containsPattern("<g class=\"mark ok\"><title>\\+[^<]* · fault · armed database refuse \\(during"
                        + " setSecret, times 2\\)</title>")
                .containsPattern("<g class=\"mark bad\"><title>\\+1\\.60 s · fault · database refuse fired in"
                        + " setSecret \\(attempt 1\\)</title>");
    }

    @Test
    void isSelfContained() {
        String html = report.render(SampleRuns.mixed());

        assertThat(html).doesNotContainPattern("(?i)<link|src=|@import|url\\(|https?://");
        assertThat(html).contains("<style>", "<script>", "prefers-color-scheme: dark");
    }

    @Test
    void escapesEveryHostileString() {
        String html = report.render(SampleRuns.hostile());

        assertThat(count(html, "<script>")).isEqualTo(1);
        assertThat(html).doesNotContain("\u0001", "\u0007", "\u001B", "]]>", "\"x\"")
                .contains("hostile &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt; \\u0001\\u0007"
                        + "\\u001B[31m 🔑 &#39;quoted&#39;");
    }

    @Test
    void writesAFileThatCanBeOpenedToLookAt() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "report-samples"));
        report.write(SampleRuns.mixed(), dir.resolve("mixed.html"));
        report.write(SampleRuns.hostile(), dir.resolve("hostile.html"));

        assertThat(Files.readString(dir.resolve("mixed.html"))).endsWith("</html>\n");
    }
}
