package dev.rotor.harness.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.emulator.admin.FunctionInfo;
import dev.rotor.emulator.admin.RotorAdmin;
import dev.rotor.harness.database.ScenarioDatabase;
import dev.rotor.harness.secret.SecretView;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * What an action works with: the emulator (its admin interface and a real SDK client), the scenario's secret,
 * function and database, and the harness's way of running a rotation while the prober plays the application.
 */
public interface ActionContext {

    RotorAdmin admin();

    SecretsManagerClient secretsManager();

    /** The scenario's secret. */
    SecretView secret();

    /** The function under test, as registered for this scenario (its name and the ARN RotateSecret names). */
    FunctionInfo function();

    /** The scenario's schema and application user. */
    ScenarioDatabase database();

    /**
     * Starts a rotation and waits for it, with the prober running: a refused start (an AWS or admin error) is the
     * outcome "rejected".
     */
    ActionOutcome rotation(Expectation expected, RotationStart start) throws InterruptedException;

    /** Waits for a rotation to finish (or the rotation timeout) without probing. */
    RotationSummary awaitRotation(String rotationId) throws InterruptedException;

    /**
     * The scenario stored this value on purpose as version {@code versionId}: its non-credential fields are what the
     * checks expect of later versions (the versions before it keep theirs).
     */
    void storedOnPurpose(String versionId, ObjectNode value);

    /** Whether the secret knowingly lags the database (a password changed out of band and not stored). */
    void secretStale(boolean stale);

    /** Starts a rotation; returns its rotation id or the version id (token) it rotates to. */
    @FunctionalInterface
    interface RotationStart {
        String start();
    }
}
