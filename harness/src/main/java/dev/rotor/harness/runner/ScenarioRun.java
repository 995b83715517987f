package dev.rotor.harness.runner;

import dev.rotor.emulator.admin.FunctionInfo;
import dev.rotor.harness.database.ScenarioDatabase;
import dev.rotor.harness.invariants.Baseline;
import dev.rotor.harness.scenario.Scenario;
import dev.rotor.harness.secret.SecretView;

/**
 * One scenario's resources, as {@link ScenarioSetup} made them: its seed, the function registered for it, its secret,
 * its database user and schema, and the baseline captured before the first action. {@link #close()} removes them all.
 */
record ScenarioRun(Scenario scenario, long seed, FunctionUnderTest function, FunctionInfo registered,
                   SecretView secret, ScenarioDatabase database, Baseline baseline, Runnable removal)
        implements AutoCloseable {

    /** Removes the function registration, the secrets, the users and the schema; never throws. */
    @Override
    public void close() {
        removal.run();
    }
}
