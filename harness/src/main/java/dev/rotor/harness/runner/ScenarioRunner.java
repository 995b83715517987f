package dev.rotor.harness.runner;

import dev.rotor.emulator.admin.RotorAdmin;
import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.harness.action.Action;
import dev.rotor.harness.action.ActionOutcome;
import dev.rotor.harness.database.DatabaseServer;
import dev.rotor.harness.invariants.ClientExpectations;
import dev.rotor.harness.invariants.InvariantCheck;
import dev.rotor.harness.invariants.Observation;
import dev.rotor.harness.invariants.SecretAndDatabase;
import dev.rotor.harness.report.RunListener;
import dev.rotor.harness.result.ActionResult;
import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.ScenarioResult;
import dev.rotor.harness.result.TimelineEntry;
import dev.rotor.harness.result.Violation;
import dev.rotor.harness.scenario.Scenario;
import dev.rotor.harness.secret.Labels;
import dev.rotor.harness.secret.SecretVersion;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs one scenario: sets it up, carries out each action, and after each one runs every {@link InvariantCheck} over
 * the journal events in between and the state left behind. Never throws: a scenario that cannot run is an ERROR.
 */
public final class ScenarioRunner {
    private static final List<InvariantCheck> CHECKS = InvariantCheck.all();

    private final FunctionUnderTest function;
    private final RotorAdmin admin;
    private final SecretsManagerClient sm;
    private final ScenarioSetup setup;
    private final RunListener listener;
    private final EmulatorRandom emulatorRandom;
    private final String replayCommand;

    ScenarioRunner(FunctionUnderTest function, RotorAdmin admin, SecretsManagerClient sm, DatabaseServer server,
                   RunListener listener, EmulatorRandom emulatorRandom, String replayCommand) {
        this.function = function;
        this.admin = admin;
        this.sm = sm;
        this.setup = new ScenarioSetup(function, admin, sm, server);
        this.listener = listener;
        this.emulatorRandom = emulatorRandom;
        this.replayCommand = replayCommand;
    }

    /** What a scenario produced so far; one per {@link #run} call. */
    private static final class Findings {
        final List<ActionResult> actions = new ArrayList<>();
        final List<Violation> violations = new ArrayList<>();
        final List<TimelineEntry> timeline = new ArrayList<>();
        Availability availability = Availability.NONE;
    }

    /** Runs a scenario with its seed (its passwords, names and clients' random choices follow from it). */
    public ScenarioResult run(Scenario scenario, long seed) {
        listener.scenarioStarted(scenario.name());
        long started = System.nanoTime();
        Findings findings = new Findings();
        String error = null;
        emulatorRandom.reseed(seed);
        try (ScenarioRun run = setup.create(scenario, seed)) {
            ScenarioContext context = new ScenarioContext(run, admin, sm,
                    new RotationWatcher(admin, listener, scenario.name(),
                            FunctionUnderTest.rotationTimeout(run.registered().definition().timeout())));
            JournalReader journal = new JournalReader(admin, run.secret().arn());
            SecretAndDatabase now = new LiveSecretAndDatabase(run);
            admin.setRaceHandler(new HarnessRaceHandler(context));
            try {
                for (int i = 1; i <= scenario.actions().size(); i++) {
                    perform(scenario, i, context, journal, now, findings);
                }
            } finally {
                admin.setRaceHandler(null);
            }
            findings.violations.addAll(UnfiredFaults.of(scenario, admin.faults(run.secret().arn())));
            findings.violations.addAll(ClientExpectations.check(scenario.expectClients(), findings.availability,
                    scenario.actions().size(), run.database().user()));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        ScenarioResult.Status status = error != null ? ScenarioResult.Status.ERROR
                : findings.violations.isEmpty() ? ScenarioResult.Status.PASSED : ScenarioResult.Status.FAILED;
        findings.timeline.sort(Comparator.comparing(TimelineEntry::at));
        String replay = status == ScenarioResult.Status.PASSED ? null
                : replayCommand + " --strategy " + function.strategy().id() + " --scenario " + scenario.name();
        return finished(new ScenarioResult(scenario.name(), scenario.description(), String.valueOf(scenario.file()),
                status, Duration.ofNanos(System.nanoTime() - started), findings.actions, findings.violations,
                findings.availability, findings.timeline, error, seed, replay));
    }

    /** A scenario that does not apply to this function or engine: reported, with the reason, and not run. */
    public static ScenarioResult skip(Scenario scenario, String reason, RunListener listener) {
        listener.scenarioStarted(scenario.name());
        ScenarioResult result = new ScenarioResult(scenario.name(), scenario.description(),
                String.valueOf(scenario.file()), ScenarioResult.Status.SKIPPED, Duration.ZERO, List.of(), List.of(),
                Availability.NONE, List.of(), reason, 0, null);
        listener.scenarioFinished(result);
        return result;
    }

    private ScenarioResult finished(ScenarioResult result) {
        listener.scenarioFinished(result);
        return result;
    }

    /** Carries out action {@code index} (from 1), then checks every invariant. */
    private void perform(Scenario scenario, int index, ScenarioContext context, JournalReader journal,
                         SecretAndDatabase now, Findings findings) throws InterruptedException {
        Action action = scenario.actions().get(index - 1);
        listener.actionStarted(scenario.name(), index, action.kind());
        String currentBefore = now.stage(Labels.CURRENT).map(SecretVersion::versionId).orElse(null);
        findings.timeline.add(new TimelineEntry(Instant.now(), "action", index + ". " + action.kind(), true));
        long actionStart = System.nanoTime();
        ActionOutcome outcome = action.execute(context);
        Duration took = Duration.ofNanos(System.nanoTime() - actionStart);
        List<JournalEvent> events = journal.next();
        Observation observation = new Observation(index, action.kind(), action.line(), outcome, events, currentBefore,
                context.baseline(), scenario.expectClients().keySet());
        List<Violation> found = new ArrayList<>();
        for (InvariantCheck check : CHECKS) {
            found.addAll(check.check(observation, now));
        }
        findings.timeline.addAll(journal.timeline(events));
        findings.timeline.addAll(outcome.probeTimeline());
        found.forEach(v -> findings.timeline.add(new TimelineEntry(Instant.now(), "violation",
                v.invariant().id() + ": " + v.message(), false)));
        findings.violations.addAll(found);
        findings.availability = findings.availability.plus(outcome.availability());
        ActionResult result = new ActionResult(index, action.kind(), outcome.expected() == null ? "any"
                : outcome.expected().toString(), outcome.outcome().toString(), outcome.met(), took,
                outcome.rotation() == null ? List.of() : outcome.rotation().steps(), outcome.detail());
        findings.actions.add(result);
        listener.actionFinished(scenario.name(), result);
    }
}
