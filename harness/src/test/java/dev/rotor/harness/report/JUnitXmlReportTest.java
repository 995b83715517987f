package dev.rotor.harness.report;

import dev.rotor.harness.result.RunResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class JUnitXmlReportTest {

    private static String xml(RunResult run) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JUnitXmlReport().write(run, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Element parse(String xml) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    private static Element testcase(Element suite, int index) {
        return (Element) suite.getElementsByTagName("testcase").item(index);
    }

    @Test
    void writesOneSuiteNamedAfterStrategyAndEngineWithTheCounts() throws Exception {
        Element suite = parse(xml(SampleRuns.mixed()));

        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("rotor.alternating-users.mysql-8-4");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(suite.getAttribute("time")).isEqualTo("14.237");
        assertThat(suite.getAttribute("timestamp")).isEqualTo("2026-03-14T09:26:53");
    }

    @Test
    void recordsWhatWasTestedAsProperties() throws Exception {
        String xml = xml(SampleRuns.mixed());

        assertThat(xml).contains("<property name=\"rotor.handler\" "
                + "value=\"dev.rotor.functions.alternating.RotationHandler::handleRequest\"/>")
                .contains("<property name=\"rotor.databaseStartSeconds\" value=\"6.812\"/>");
    }

    @Test
    void writesATestCasePerScenarioInTheSuitesClass() throws Exception {
        Element suite = parse(xml(SampleRuns.mixed()));
        NodeList cases = suite.getElementsByTagName("testcase");

        assertThat(cases.getLength()).isEqualTo(4);
        assertThat(testcase(suite, 0).getAttribute("classname")).isEqualTo("rotor.alternating-users.mysql-8-4");
        assertThat(testcase(suite, 0).getAttribute("name")).isEqualTo("happy-path");
        assertThat(testcase(suite, 0).getAttribute("time")).isEqualTo("1.240");
        assertThat(testcase(suite, 0).getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void putsTheViolationsAndTheirEvidenceInTheFailure() throws Exception {
        Element failure = (Element) testcase(parse(xml(SampleRuns.mixed())), 1).getElementsByTagName("failure")
                .item(0);

        assertThat(failure.getAttribute("message"))
                .isEqualTo("labels: AWSPENDING left on version 5f1c…e2 after a successful rotation (+1 more)");
        assertThat(failure.getAttribute("type")).isEqualTo("rotor.labels");
        assertThat(failure.getTextContent())
                .contains("labels: AWSPENDING left on version 5f1c…e2 after a successful rotation\n"
                        + "  at action #2, step finishSecret, user app_user_clone\n  evidence:\n"
                        + "    #41 09:26:58.117 UpdateSecretVersionStage AWSCURRENT 5f1c…e2 <- 9a0b…11\n")
                .contains("availability: 3 client logins failed during rotation")
                .contains("rotate #3: expected succeeds, got failed at setSecret")
                .contains("replay: rotor run --seed=-4242424242 --strategy alternating-users --scenario"
                        + " database-outage-in-setsecret\n");
    }

    @Test
    void reportsAScenarioThatCouldNotRunAsAnError() throws Exception {
        Element error = (Element) testcase(parse(xml(SampleRuns.mixed())), 2).getElementsByTagName("error").item(0);

        assertThat(error.getAttribute("message")).isEqualTo("Could not set up the scenario: CREATE ROLE failed");
        assertThat(error.getTextContent()).contains("SQLSyntaxErrorException");
    }

    @Test
    void marksASkippedScenarioWithItsReason() throws Exception {
        Element skipped = (Element) testcase(parse(xml(SampleRuns.mixed())), 3).getElementsByTagName("skipped")
                .item(0);

        assertThat(skipped.getAttribute("message")).isEqualTo("needs strategy single-user, the function is "
                + "alternating-users");
    }

    @Test
    void logsActionsAndStepsInSystemOut() throws Exception {
        Element out = (Element) testcase(parse(xml(SampleRuns.mixed())), 1).getElementsByTagName("system-out")
                .item(0);

        assertThat(out.getTextContent())
                .startsWith("scenario file: scenarios/alternating-users/database-outage-in-setsecret.yaml\n")
                .contains("rotate #2: succeeded in 3.40 s\n")
                .contains("  setSecret attempt 1: failed in 1.50 s - DatabaseUnavailable: Communications link failure")
                .contains("availability: jdbc-driver available (40 connections), reread window (43 connections, 3"
                        + " failed, longest outage 1.21 s), cached locked-out (41 connections, 12 failed, longest outage"
                        + " 2.31 s)");
    }

    @Test
    void escapesHostileStringsAndReplacesCharactersXmlForbids() throws Exception {
        String xml = xml(SampleRuns.hostile());
        Element suite = parse(xml);
        Element testcase = testcase(suite, 0);

        assertThat(xml).doesNotContain("<script>").doesNotContain("\u0001").doesNotContain("\u001B");
        assertThat(testcase.getAttribute("name"))
                .isEqualTo("hostile <script>alert(\"x\")</script> & ]]> \\u0001\\u0007\\u001B[31m 🔑 'quoted'");
        assertThat(((Element) testcase.getElementsByTagName("failure").item(0)).getTextContent())
                .contains("evidence <script>alert(\"x\")</script> & ]]> \\u0001\\u0007\\u001B[31m 🔑");
    }
}
