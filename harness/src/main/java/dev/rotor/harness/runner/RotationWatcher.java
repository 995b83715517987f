package dev.rotor.harness.runner;

import dev.rotor.emulator.admin.RotorAdmin;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.harness.action.RotationSummary;
import dev.rotor.harness.report.RunListener;

import java.time.Duration;
import java.util.Optional;

/** Waits for a rotation to finish, telling the listener about each step as it completes. */
final class RotationWatcher {
    /** How often the progress display learns of finished steps; the wait itself ends when the rotation does. */
    private static final Duration PROGRESS = Duration.ofMillis(100);

    private final RotorAdmin admin;
    private final RunListener listener;
    private final String scenario;
    private final Duration timeout;

    RotationWatcher(RotorAdmin admin, RunListener listener, String scenario, Duration timeout) {
        this.admin = admin;
        this.listener = listener;
        this.scenario = scenario;
        this.timeout = timeout;
    }

    /** The finished rotation, or its state at the timeout. */
    RotationSummary await(String rotationIdOrVersion) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int reported = 0;
        while (true) {
            long left = deadline - System.nanoTime();
            Optional<RotationRecord> found = admin.awaitRotation(rotationIdOrVersion,
                    Duration.ofNanos(Math.max(0, Math.min(left, PROGRESS.toNanos()))));
            RotationSummary summary = found.map(record -> RotationSummary.of(record, timeout))
                    .orElseThrow(() -> new IllegalStateException("no rotation " + rotationIdOrVersion));
            for (; reported < summary.steps().size(); reported++) {
                listener.stepFinished(scenario, summary.steps().get(reported));
            }
            if (summary.finished() || left <= 0) {
                return summary;
            }
        }
    }
}
