package dev.rotor.harness.runner;

import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.StepRecord;
import dev.rotor.harness.report.RunListener;
import dev.rotor.harness.run.StepResult;
import dev.rotor.harness.scenario.Expectation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Waits for a rotation to finish, telling the listener about each step as it completes. */
final class RotationWatcher {
    private static final long POLL_MILLIS = 100;

    private final Emulator emulator;
    private final RunListener listener;
    private final String scenario;

    RotationWatcher(Emulator emulator, RunListener listener, String scenario) {
        this.emulator = emulator;
        this.listener = listener;
        this.scenario = scenario;
    }

    /** The finished rotation, or its state at the timeout. */
    RotationRecord await(String rotationIdOrVersion, Duration timeout) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        int reported = 0;
        RotationRecord record = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                Optional<RotationRecord> found = emulator.rotations().tracker().await(rotationIdOrVersion, POLL_MILLIS);
                if (found.isEmpty()) {
                    throw new IllegalStateException("no rotation " + rotationIdOrVersion);
                }
                record = found.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            for (; reported < record.steps().size(); reported++) {
                listener.stepFinished(scenario, step(record.steps().get(reported)));
            }
            if (record.status().finished()) {
                break;
            }
        }
        return record;
    }

    static StepResult step(StepRecord s) {
        return new StepResult(s.repeat() ? s.step() + " (repeat)" : s.step(), s.attempt(), s.succeeded(),
                s.durationMs(), s.errorType(), s.errorMessage());
    }

    static List<StepResult> steps(RotationRecord record) {
        return record == null ? List.of() : record.steps().stream().map(RotationWatcher::step).toList();
    }

    /** What a finished (or unfinished) rotation amounts to. */
    static Expectation.Outcome outcome(RotationRecord record, Duration timeout) {
        if (record == null || !record.status().finished()) {
            return new Expectation.Outcome(Expectation.Kind.FAILS, null,
                    "did not finish within " + timeout.toSeconds() + " s");
        }
        if (record.status() == RotationRecord.Status.SUCCEEDED) {
            return new Expectation.Outcome(Expectation.Kind.SUCCEEDS, null, null);
        }
        String step = record.steps().stream().filter(s -> !s.succeeded()).map(StepRecord::step).findFirst()
                .orElse(record.status() == RotationRecord.Status.FAILED && !record.steps().isEmpty()
                        ? record.steps().get(record.steps().size() - 1).step() : null);
        return new Expectation.Outcome(Expectation.Kind.FAILS, step, record.error());
    }
}
