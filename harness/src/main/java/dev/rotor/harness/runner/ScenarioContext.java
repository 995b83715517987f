package dev.rotor.harness.runner;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.emulator.admin.AdminException;
import dev.rotor.emulator.admin.FunctionInfo;
import dev.rotor.emulator.admin.RotorAdmin;
import dev.rotor.harness.action.ActionContext;
import dev.rotor.harness.action.ActionOutcome;
import dev.rotor.harness.action.Expectation;
import dev.rotor.harness.action.RotationSummary;
import dev.rotor.harness.clients.Client;
import dev.rotor.harness.clients.ClientEnvironment;
import dev.rotor.harness.database.ScenarioDatabase;
import dev.rotor.harness.invariants.Baseline;
import dev.rotor.harness.secret.SecretView;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

import java.util.List;

/**
 * What one scenario's actions work with. It also owns the scenario's one piece of changing state, the
 * {@link Baseline} the checks compare against, which actions move by saying what they changed on purpose.
 */
final class ScenarioContext implements ActionContext {
    private final ScenarioRun run;
    private final RotorAdmin admin;
    private final SecretsManagerClient sm;
    private final RotationWatcher watcher;
    private final List<Client> clients;
    private volatile Baseline baseline; // a race's action changes it from the rotation's thread

    ScenarioContext(ScenarioRun run, RotorAdmin admin, SecretsManagerClient sm, RotationWatcher watcher) {
        this.run = run;
        this.admin = admin;
        this.sm = sm;
        this.watcher = watcher;
        this.baseline = run.baseline();
        this.clients = run.scenario().setup().clients().stream().map(profile -> Client.of(profile,
                new ClientEnvironment(run.secret()::current, run.database()::login, () -> admin.clock().now(),
                        Seeds.random(run.seed(), "client " + profile.id()), ClientEnvironment.Sleeper.REAL))).toList();
    }

    Baseline baseline() {
        return baseline;
    }

    @Override
    public RotorAdmin admin() {
        return admin;
    }

    @Override
    public SecretsManagerClient secretsManager() {
        return sm;
    }

    @Override
    public SecretView secret() {
        return run.secret();
    }

    @Override
    public FunctionInfo function() {
        return run.registered();
    }

    @Override
    public ScenarioDatabase database() {
        return run.database();
    }

    @Override
    public ActionOutcome rotation(Expectation expected, RotationStart start) throws InterruptedException {
        try (Prober prober = Prober.start(clients)) {
            String rotation;
            try {
                rotation = start.start();
            } catch (SecretsManagerException e) {
                return ActionOutcome.rejected(expected, e.awsErrorDetails().errorCode() + ": "
                        + e.awsErrorDetails().errorMessage());
            } catch (AdminException e) {
                return ActionOutcome.rejected(expected, e.type() + ": " + e.getMessage());
            }
            RotationSummary summary = watcher.await(rotation);
            prober.close();
            return ActionOutcome.rotated(expected, summary, prober.availability(), prober.timeline());
        }
    }

    @Override
    public RotationSummary awaitRotation(String rotationId) throws InterruptedException {
        return watcher.await(rotationId);
    }

    @Override
    public void storedOnPurpose(String versionId, ObjectNode value) {
        baseline = baseline.withFieldsOf(versionId, value, run.secret().stages().keySet());
    }

    @Override
    public void secretStale(boolean stale) {
        baseline = baseline.withSecretStale(stale);
    }
}
