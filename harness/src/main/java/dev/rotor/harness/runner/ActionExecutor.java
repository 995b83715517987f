package dev.rotor.harness.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.harness.invariants.LabelsCheck;
import dev.rotor.harness.run.Availability;
import dev.rotor.harness.scenario.Action;
import dev.rotor.harness.scenario.Expectation;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

import java.util.List;
import java.util.Map;

/** Carries out one action of a scenario against the emulator and the database. */
final class ActionExecutor {
    private final ScenarioRun run;
    private final RotationWatcher watcher;
    private final ObjectMapper json = new ObjectMapper();

    ActionExecutor(ScenarioRun run) {
        this.run = run;
        this.watcher = new RotationWatcher(run.emulator, run.listener, run.scenario.name());
    }

    /** What an action did: its outcome, the rotation it ran (if any) and what the prober saw meanwhile. */
    record Done(Expectation expected, Expectation.Outcome outcome, RotationRecord rotation, Availability availability,
                List<dev.rotor.harness.run.TimelineEntry> probeTimeline, String detail) {

        boolean met() {
            return expected == null || expected.metBy(outcome);
        }
    }

    Done execute(Action action) throws InterruptedException {
        if (action instanceof Action.Rotate a) {
            return rotate(a.expect(), () -> run.sm.rotateSecret(r -> r.secretId(run.secretArn)
                    .rotationLambdaARN(run.functionArn).rotateImmediately(a.rotateImmediately())).versionId());
        }
        if (action instanceof Action.RetryRotation a) {
            return rotate(a.expect(), () -> run.emulator.rotations().retry(run.secretArn).versionId());
        }
        if (action instanceof Action.AdvanceClock a) {
            return advanceClock(a);
        }
        if (action instanceof Action.Wait a) {
            Thread.sleep(a.duration().toMillis());
            return done("waited " + a.duration().toMillis() + " ms");
        }
        if (action instanceof Action.ChangePasswordOutOfBand a) {
            return changePassword(a.updateSecret());
        }
        if (action instanceof Action.PutValue a) {
            return putValue(a.fields());
        }
        if (action instanceof Action.CancelRotation) {
            return cancel();
        }
        if (action instanceof Action.RemovePending) {
            return removePending();
        }
        if (action instanceof Action.RestartFunction) {
            run.emulator.functionHost().restart(run.functionName);
            return done("function process stopped; the next step starts cold");
        }
        Action.InjectFault fault = (Action.InjectFault) action;
        run.emulator.rotations().faults().inject(run.secretArn, fault.step(), fault.times());
        return done("the next " + fault.times() + " " + fault.step() + " invocation(s) will fail");
    }

    /** Starts a rotation (the RotateSecret call may be refused) and waits for it, with the prober running. */
    private Done rotate(Expectation expect, RotationStart start) {
        try (Prober prober = new Prober(run.secret, run.database)) {
            String token;
            try {
                token = start.start();
            } catch (SecretsManagerException e) {
                return new Done(expect, rejected(e.awsErrorDetails().errorCode() + ": "
                        + e.awsErrorDetails().errorMessage()), null, Availability.NONE, List.of(), null);
            } catch (dev.rotor.emulator.secrets.SecretsException e) {
                return new Done(expect, rejected(e.code().type() + ": " + e.getMessage()), null, Availability.NONE,
                        List.of(), null);
            }
            RotationRecord record = watcher.await(token, run.settings.rotationTimeout());
            prober.close();
            return new Done(expect, RotationWatcher.outcome(record, run.settings.rotationTimeout()), record,
                    prober.availability(), prober.timeline(), null);
        }
    }

    @FunctionalInterface
    private interface RotationStart {
        String start();
    }

    private Done advanceClock(Action.AdvanceClock a) {
        run.emulator.clock().advance(a.by());
        String what = "clock advanced by " + a.by();
        if (!run.emulator.runDueRotations().contains(run.secretArn)) {
            return new Done(a.expect(), new Expectation.Outcome(Expectation.Kind.NONE, null, null), null,
                    Availability.NONE, List.of(), what + "; no rotation was due");
        }
        String rotationId = run.emulator.rotations().tracker().list(run.secretArn).stream()
                .reduce((first, second) -> second).orElseThrow().id();
        Done rotated = rotate(a.expect(), () -> rotationId);
        return new Done(rotated.expected(), rotated.outcome(), rotated.rotation(), rotated.availability(),
                rotated.probeTimeline(), what + "; the scheduled rotation ran");
    }

    private Done changePassword(boolean updateSecret) {
        SecretView.Version current = run.secret.current();
        String password = run.database.newPassword();
        run.database.setPassword(current.username(), password);
        if (updateSecret) {
            ObjectNode value = current.value().deepCopy().put("password", password);
            run.secret.put(value);
            run.subject.setLoginStale(false);
            return done("password of " + current.username() + " changed in the database and stored by hand");
        }
        run.subject.setLoginStale(true);
        return done("password of " + current.username() + " changed in the database only: the secret is stale");
    }

    private Done putValue(Map<String, Object> fields) {
        SecretView.Version current = run.secret.current();
        ObjectNode value = current.value().deepCopy();
        fields.forEach((key, v) -> {
            if (key.equals("password") && "random".equals(v)) {
                String password = run.database.newPassword();
                run.database.setPassword(current.username(), password);
                value.put("password", password);
            } else {
                value.set(key, json.valueToTree(v));
            }
        });
        run.secret.put(value);
        run.subject.updateFields(value);
        return done("new AWSCURRENT value stored by hand (" + String.join(", ", fields.keySet()) + ")");
    }

    private Done cancel() {
        var running = run.emulator.rotations().tracker().list(run.secretArn).stream()
                .filter(r -> !r.status().finished()).toList();
        run.sm.cancelRotateSecret(r -> r.secretId(run.secretArn));
        for (RotationRecord rotation : running) {
            watcher.await(rotation.id(), run.settings.rotationTimeout());
        }
        return done(running.isEmpty() ? "rotation turned off (none was running)"
                : "rotation turned off; the running rotation was stopped");
    }

    private Done removePending() {
        Map<String, List<String>> stages = run.secret.stages();
        String pending = LabelsCheck.holder(stages, "AWSPENDING");
        String current = LabelsCheck.holder(stages, "AWSCURRENT");
        if (pending == null || pending.equals(current)) {
            return done("no stray AWSPENDING to remove");
        }
        run.sm.updateSecretVersionStage(r -> r.secretId(run.secretArn).versionStage("AWSPENDING")
                .removeFromVersionId(pending));
        return done("AWSPENDING removed from version " + pending.substring(0, 8));
    }

    private static Expectation.Outcome rejected(String why) {
        return new Expectation.Outcome(Expectation.Kind.REJECTED, null, why);
    }

    private static Done done(String detail) {
        return new Done(null, new Expectation.Outcome(Expectation.Kind.SUCCEEDS, null, null), null,
                Availability.NONE, List.of(), detail);
    }
}
