package dev.rotor.harness.runner;

import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.harness.scenario.Setup;

/** Applies a scenario's rotation schedule before its first action: RotateSecret with RotateImmediately=false. */
final class ScenarioRules {
    private ScenarioRules() {
    }

    static void apply(ScenarioRun run, Setup setup) {
        if (setup.automaticallyAfterDays() == null && setup.scheduleExpression() == null) {
            return;
        }
        String token = run.sm.rotateSecret(r -> r.secretId(run.secretArn).rotationLambdaARN(run.functionArn)
                .rotateImmediately(false).rotationRules(rules -> rules
                        .automaticallyAfterDays(setup.automaticallyAfterDays())
                        .scheduleExpression(setup.scheduleExpression()))).versionId();
        RotationRecord record = new RotationWatcher(run.emulator, dev.rotor.harness.report.RunListener.NONE,
                run.scenario.name()).await(token, run.settings.rotationTimeout());
        if (record == null || record.status() != RotationRecord.Status.SUCCEEDED) {
            throw new IllegalStateException("setting the rotation schedule failed: the function's testSecret did not"
                    + " pass (" + (record == null ? "no rotation" : record.error()) + ")");
        }
    }
}
