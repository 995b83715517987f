package dev.rotor.harness.report;

import dev.rotor.harness.result.ActionResult;
import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.ClientAvailability;
import dev.rotor.harness.result.ClientProfile;
import dev.rotor.harness.result.ClientVerdict;
import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.result.ScenarioResult.Status;
import dev.rotor.harness.result.StepResult;
import dev.rotor.harness.result.TimelineEntry;
import dev.rotor.harness.result.Violation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Runs as the runner would report them: a passed, a failed (two violations), an errored and a skipped scenario. */
final class SampleRuns {

    static final Instant START = Instant.parse("2026-03-14T09:26:53.589Z");
    static final long SEED = -4_242_424_242L;
    static final String REPLAY = "rotor run --seed=" + SEED;
    static final String HOSTILE = "<script>alert(\"x\")</script> & ]]> \u0001\u0007\u001B[31m 🔑 'quoted'";

    private SampleRuns() {
    }

    static RunResult mixed() {
        return run(List.of(happyPath(), databaseOutage(), brokenFixture(), singleUserOnly()));
    }

    static RunResult allPassed() {
        return run(List.of(happyPath()));
    }

    /** A failed scenario whose every string is hostile to XML and HTML. */
    static RunResult hostile() {
        ScenarioResult scenario = new ScenarioResult("hostile " + HOSTILE, "description " + HOSTILE,
                "scenarios/" + HOSTILE + ".yaml", Status.FAILED, Duration.ofMillis(10),
                List.of(new ActionResult(1, "rotate", "succeeds " + HOSTILE, "failed at setSecret " + HOSTILE, false,
                        Duration.ofMillis(9), List.of(new StepResult("setSecret", 1, false, 9, "Boom" + HOSTILE,
                                "message " + HOSTILE)), "detail " + HOSTILE)),
                List.of(new Violation(Invariant.FIELDS, "message " + HOSTILE, 1, "setSecret", "user" + HOSTILE,
                        List.of("evidence " + HOSTILE))),
                Availability.NONE,
                List.of(new TimelineEntry(START, "action", "rotate " + HOSTILE, false)),
                "error " + HOSTILE, 7, "rotor run --seed=7 --scenario " + HOSTILE);
        return new RunResult("fn " + HOSTILE, "handler " + HOSTILE, "alternating-users", "mysql " + HOSTILE,
                "db " + HOSTILE, START, Duration.ofMillis(10), Duration.ofMillis(1), 7, List.of(scenario));
    }

    private static RunResult run(List<ScenarioResult> scenarios) {
        return new RunResult("functions/mysql-alternating-users/target/mysql-alternating-users.jar",
                "dev.rotor.functions.alternating.RotationHandler::handleRequest", "alternating-users", "mysql-8.4",
                "container mysql:8.4.3", START, Duration.ofMillis(14_237), Duration.ofMillis(6_812), SEED, scenarios);
    }

    static ScenarioResult happyPath() {
        List<TimelineEntry> timeline = new ArrayList<>();
        List<ActionResult> actions = new ArrayList<>();
        long t = 0;
        for (int rotation = 1; rotation <= 2; rotation++) {
            long begin = t;
            timeline.add(entry(t, "action", "rotate #" + rotation + " (expect success)", true));
            List<StepResult> steps = new ArrayList<>();
            for (String step : List.of("createSecret", "setSecret", "testSecret", "finishSecret")) {
                long took = 60 + step.length() * 7L;
                t += took;
                steps.add(new StepResult(step, 1, true, took, null, null));
                timeline.add(entry(t, "step", step + " ok in " + took + " ms", true));
            }
            timeline.add(entry(t + 5, "label", "AWSCURRENT -> v" + (rotation + 1) + ", AWSPREVIOUS -> v" + rotation,
                    true));
            actions.add(new ActionResult(rotation, "rotate", "succeeds", "succeeded", true,
                    Duration.ofMillis(t - begin), steps, null));
            t += 120;
        }
        for (long p = 20; p < t; p += 45) {
            timeline.add(entry(p, "probe", "login as app_user" + (p % 90 == 20 ? "_clone" : "") + " ok", true));
        }
        return new ScenarioResult("happy-path", "Rotates twice; clients keep logging in throughout",
                "scenarios/alternating-users/happy-path.yaml", Status.PASSED, Duration.ofMillis(1_240), actions,
                List.of(), new Availability(List.of(
                        new ClientAvailability(ClientProfile.JDBC_DRIVER, 38, 0, Duration.ZERO, ClientVerdict.AVAILABLE),
                        new ClientAvailability(ClientProfile.REREAD, 36, 0, Duration.ZERO, ClientVerdict.AVAILABLE))),
                sorted(timeline), null, 1_001, null);
    }

    static ScenarioResult databaseOutage() {
        List<StepResult> first = List.of(
                new StepResult("createSecret", 1, true, 85, null, null),
                new StepResult("setSecret", 1, false, 1_503, "DatabaseUnavailable",
                        "Communications link failure: connect timed out after 1500 ms"),
                new StepResult("setSecret", 2, false, 1_501, "DatabaseUnavailable",
                        "Communications link failure: connect timed out after 1500 ms"),
                new StepResult("setSecret", 3, true, 140, null, null),
                new StepResult("testSecret", 1, true, 96, null, null),
                new StepResult("finishSecret", 1, true, 73, null, null));
        List<ActionResult> actions = List.of(
                new ActionResult(1, "fault", "applied", "applied", true, Duration.ofMillis(2), List.of(),
                        "database unreachable for 3 s during setSecret"),
                new ActionResult(2, "rotate", "succeeds after retries", "succeeded", true, Duration.ofMillis(3_398),
                        first, null),
                new ActionResult(3, "rotate", "succeeds", "failed at setSecret", false, Duration.ofMillis(1_621),
                        List.of(new StepResult("createSecret", 1, true, 77, null, null),
                                new StepResult("setSecret", 1, false, 1_544, "AccessDenied",
                                        "Access denied for user 'app_user'@'%' (using password: YES)")),
                        "the function read AWSPREVIOUS as the master secret"));
        List<Violation> violations = List.of(
                new Violation(Invariant.LABELS, "AWSPENDING left on version 5f1c…e2 after a successful rotation", 2,
                        "finishSecret", "app_user_clone", List.of(
                                "#41 09:26:58.117 UpdateSecretVersionStage AWSCURRENT 5f1c…e2 <- 9a0b…11",
                                "#42 09:26:58.119 rotation finished rotate#2 token 7d4e…",
                                "#43 09:26:58.120 labels: 5f1c…e2=[AWSCURRENT, AWSPENDING] 9a0b…11=[AWSPREVIOUS]")),
                new Violation(Invariant.AVAILABILITY, "3 client logins failed during rotation (longest outage 1.21 s)",
                        2, "setSecret", "app_user", List.of(
                                "probe 09:26:56.902 login app_user: Access denied (1045)",
                                "probe 09:26:57.355 login app_user: Access denied (1045)",
                                "probe 09:26:58.111 login app_user: Access denied (1045)")));
        List<TimelineEntry> timeline = new ArrayList<>(List.of(
                entry(0, "action", "fault: database unreachable 3 s", true),
                entry(1, "fault", "armed database refuse (during setSecret, times 2)", true),
                entry(1_598, "fault", "database refuse fired in setSecret (attempt 1)", false),
                entry(10, "action", "rotate #2 (expect success after retries)", true),
                entry(95, "step", "createSecret ok", true),
                entry(1_598, "step", "setSecret attempt 1 failed: Communications link failure", false),
                entry(3_099, "step", "setSecret attempt 2 failed: Communications link failure", false),
                entry(3_239, "step", "setSecret attempt 3 ok", true),
                entry(3_335, "step", "testSecret ok", true),
                entry(3_408, "step", "finishSecret ok", true),
                entry(3_409, "label", "AWSCURRENT -> v2", true),
                entry(3_410, "violation", "labels: AWSPENDING left on v2", false),
                entry(3_500, "action", "rotate #3 (expect success)", false),
                entry(3_577, "step", "createSecret ok", true),
                entry(5_121, "step", "setSecret failed: Access denied", false)));
        for (long p = 40; p < 5_100; p += 120) {
            boolean down = p > 1_900 && p < 3_200;
            timeline.add(entry(p, "probe", "login app_user " + (down ? "refused: Access denied (1045)" : "ok"), !down));
        }
        return new ScenarioResult("database-outage-in-setsecret",
                "The database is unreachable for 3 s while setSecret runs; rotation retries and clients keep working",
                "scenarios/alternating-users/database-outage-in-setsecret.yaml", Status.FAILED,
                Duration.ofMillis(5_210), actions, violations, new Availability(List.of(
                        new ClientAvailability(ClientProfile.REREAD, 43, 3, Duration.ofMillis(1_210),
                                ClientVerdict.WINDOW),
                        new ClientAvailability(ClientProfile.CACHED, 41, 12, Duration.ofMillis(2_310),
                                ClientVerdict.LOCKED_OUT),
                        new ClientAvailability(ClientProfile.JDBC_DRIVER, 40, 0, Duration.ZERO,
                                ClientVerdict.AVAILABLE))),
                sorted(timeline), null, 1_002, REPLAY + " --strategy alternating-users --scenario"
                + " database-outage-in-setsecret");
    }

    static ScenarioResult brokenFixture() {
        return new ScenarioResult("grants-with-roles", "Rotation keeps role grants", "scenarios/grants-with-roles.yaml",
                Status.ERROR, Duration.ofMillis(312), List.of(), List.of(), Availability.NONE,
                List.of(entry(0, "action", "create user app_roles", true),
                        entry(300, "action", "grant role reporting: failed", false)),
                "Could not set up the scenario: CREATE ROLE failed\njava.sql.SQLSyntaxErrorException: You have an error"
                        + " in your SQL syntax near 'ROLE reporting'", 1_003, REPLAY
                + " --strategy alternating-users --scenario grants-with-roles");
    }

    static ScenarioResult singleUserOnly() {
        return new ScenarioResult("single-user-old-password-refused", "Single user: the old password stops working",
                "scenarios/single-user/old-password-refused.yaml", Status.SKIPPED, Duration.ZERO, List.of(),
                List.of(), Availability.NONE, List.of(),
                "needs strategy single-user, the function is alternating-users", 0, null);
    }

    private static TimelineEntry entry(long millis, String lane, String text, boolean ok) {
        return new TimelineEntry(START.plusMillis(millis), lane, text, ok);
    }

    private static List<TimelineEntry> sorted(List<TimelineEntry> timeline) {
        return timeline.stream().sorted(java.util.Comparator.comparing(TimelineEntry::at)).toList();
    }
}
