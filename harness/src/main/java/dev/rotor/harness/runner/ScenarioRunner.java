package dev.rotor.harness.runner;

import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.StepRecord;
import dev.rotor.harness.database.DatabaseServer;
import dev.rotor.harness.invariants.Evidence;
import dev.rotor.harness.invariants.FieldsCheck;
import dev.rotor.harness.invariants.GrantsCheck;
import dev.rotor.harness.invariants.InvariantCheck;
import dev.rotor.harness.invariants.LabelsCheck;
import dev.rotor.harness.invariants.LoginCheck;
import dev.rotor.harness.invariants.Observation;
import dev.rotor.harness.report.RunListener;
import dev.rotor.harness.run.ActionResult;
import dev.rotor.harness.run.Availability;
import dev.rotor.harness.run.Invariant;
import dev.rotor.harness.run.ScenarioResult;
import dev.rotor.harness.run.TimelineEntry;
import dev.rotor.harness.run.Violation;
import dev.rotor.harness.scenario.Action;
import dev.rotor.harness.scenario.Scenario;
import dev.rotor.harness.scenario.Strategy;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs one scenario: sets it up, carries out each action, and after each one checks every invariant over the
 * journal events in between and the state left behind. Never throws: a scenario that cannot run is an ERROR.
 */
public final class ScenarioRunner {
    private static final List<InvariantCheck> CHECKS = List.of(new LabelsCheck(), new LoginCheck(), new GrantsCheck(),
            new FieldsCheck());

    private final RunSettings settings;
    private final Emulator emulator;
    private final SecretsManagerClient sm;
    private final DatabaseServer server;
    private final RunListener listener;

    public ScenarioRunner(RunSettings settings, Emulator emulator, SecretsManagerClient sm, DatabaseServer server,
                          RunListener listener) {
        this.settings = settings;
        this.emulator = emulator;
        this.sm = sm;
        this.server = server;
        this.listener = listener;
    }

    public ScenarioResult run(Scenario scenario) {
        listener.scenarioStarted(scenario.name());
        long started = System.nanoTime();
        List<ActionResult> actions = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        Availability availability = Availability.NONE;
        String error = null;
        try (ScenarioRun run = new ScenarioRun(scenario, settings, emulator, sm, server, listener)) {
            JournalReader journal = new JournalReader(emulator);
            run.setUp();
            ScenarioRules.apply(run, scenario.setup());
            Set<String> arns = new HashSet<>(List.of(run.secretArn));
            journal.next(arns);
            ActionExecutor executor = new ActionExecutor(run);
            for (int i = 1; i <= scenario.actions().size(); i++) {
                Action action = scenario.actions().get(i - 1);
                listener.actionStarted(scenario.name(), i, action.kind());
                String currentBefore = run.secret.stage("AWSCURRENT").map(SecretView.Version::versionId).orElse(null);
                timeline.add(new TimelineEntry(Instant.now(), "action", i + ". " + action.kind(), true));
                long actionStart = System.nanoTime();
                ActionExecutor.Done done = executor.execute(action);
                List<JournalEvent> events = journal.next(arns);
                timeline.addAll(journal.timeline(events));
                timeline.addAll(done.probeTimeline());
                availability = combine(availability, done.availability());
                List<Violation> found = check(run, i, action, done, events, currentBefore);
                found.forEach(v -> timeline.add(new TimelineEntry(Instant.now(), "violation",
                        v.invariant().id() + ": " + v.message(), false)));
                violations.addAll(found);
                ActionResult result = new ActionResult(i, action.kind(), done.expected() == null ? "any"
                        : done.expected().toString(), done.outcome().toString(), done.met(),
                        Duration.ofNanos(System.nanoTime() - actionStart), RotationWatcher.steps(done.rotation()),
                        done.detail());
                actions.add(result);
                listener.actionFinished(scenario.name(), result);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        ScenarioResult.Status status = error != null ? ScenarioResult.Status.ERROR
                : violations.isEmpty() ? ScenarioResult.Status.PASSED : ScenarioResult.Status.FAILED;
        timeline.sort(java.util.Comparator.comparing(TimelineEntry::at));
        ScenarioResult result = new ScenarioResult(scenario.name(), scenario.description(),
                String.valueOf(scenario.file()), status, Duration.ofNanos(System.nanoTime() - started), actions,
                violations, availability, timeline, error);
        listener.scenarioFinished(result);
        return result;
    }

    private List<Violation> check(ScenarioRun run, int index, Action action, ActionExecutor.Done done,
                                  List<JournalEvent> events, String currentBefore) {
        RotationRecord rotation = done.rotation();
        boolean succeeded = rotation != null && rotation.status() == RotationRecord.Status.SUCCEEDED;
        boolean allSteps = rotation != null && !rotation.steps().isEmpty()
                && rotation.steps().stream().allMatch(StepRecord::succeeded)
                && rotation.steps().stream().anyMatch(s -> s.step().equals("finishSecret"));
        String step = done.outcome().step();
        Observation observation = new Observation(index, events, rotation != null, succeeded, allSteps, currentBefore,
                step);
        List<Violation> found = new ArrayList<>();
        if (!done.met()) {
            found.add(new Violation(Invariant.EXPECTATION, action.kind() + " (line " + action.line() + ") expected "
                    + done.expected() + " but " + done.outcome(), index, step, null, Evidence.of(events)));
        }
        if (rotation != null && rotation.error() != null && rotation.error().startsWith("not idempotent")) {
            found.add(new Violation(Invariant.IDEMPOTENCY, rotation.error(), index, step, null, Evidence.of(events)));
        }
        if (settings.strategy() == Strategy.ALTERNATING_USERS && done.availability().failedLogins() > 0) {
            found.add(new Violation(Invariant.AVAILABILITY, done.availability().failedLogins()
                    + " failed logins during the rotation (longest outage " + done.availability().longestOutage()
                    .toMillis() + " ms); alternating users must never lock clients out", index, step,
                    run.database.user(), Evidence.of(events)));
        }
        for (InvariantCheck check : CHECKS) {
            found.addAll(check.check(run.subject, observation));
        }
        return found;
    }

    private static Availability combine(Availability a, Availability b) {
        return new Availability(a.probes() + b.probes(), a.failedLogins() + b.failedLogins(),
                a.longestOutage().compareTo(b.longestOutage()) >= 0 ? a.longestOutage() : b.longestOutage());
    }
}
