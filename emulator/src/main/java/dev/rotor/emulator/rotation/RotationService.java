package dev.rotor.emulator.rotation;

import dev.rotor.emulator.secrets.PendingRotation;
import dev.rotor.emulator.secrets.RotationLedger;
import dev.rotor.emulator.secrets.RotationPolicy;
import dev.rotor.emulator.secrets.RotationRules;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * RotateSecret and CancelRotateSecret: validates the rotation configuration, registers the AWSPENDING version through
 * the domain's {@link RotationLedger} and runs the rotation in the background (or before answering, in synchronous
 * mode). Keeps the rotations ({@link #tracker()}) and the faults armed for them ({@link #faults()} around steps,
 * {@link #callFaults()} on the functions' own API calls).
 */
public final class RotationService implements AutoCloseable {
    private final RotationLedger ledger;
    private final StepInvoker invoker;
    private final RotationSettings settings;
    private final RotationPolicy policy;
    private final RotationTracker tracker = new RotationTracker();
    private final ArmedFaults faults = new ArmedFaults();
    private final FunctionCallFaults callFaults = new FunctionCallFaults();
    private final RotationRunner runner;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "rotor-rotation");
        thread.setDaemon(true);
        return thread;
    });

    public RotationService(RotationLedger ledger, Clock clock, StepInvoker invoker, RotationSettings settings) {
        this.ledger = ledger;
        this.invoker = invoker;
        this.settings = settings;
        this.policy = new SchedulePolicy(invoker);
        this.runner = new RotationRunner(ledger, policy, clock, invoker, settings, faults);
    }

    /** The answer to RotateSecret and CancelRotateSecret. */
    public record Started(String arn, String name, String versionId) {
    }

    /**
     * RotateSecret. {@code lambdaArn} and {@code rules} null keep the stored configuration. {@code rotateImmediately}
     * false only tests the configuration (testSecret against a temporary copy of the current value).
     */
    public Started rotate(String secretId, String token, String lambdaArn, RotationRules rules,
                          boolean rotateImmediately) {
        RotationSchedule.of(rules);
        PendingRotation pending = ledger.register(secretId, token, lambdaArn, rules, rotateImmediately, policy,
                registered -> tracker.add(new RotationJob(registered.versionId(), registered)));
        if (pending.isNew()) {
            start(tracker.job(pending.versionId()).orElseThrow());
        }
        return new Started(pending.secretArn(), pending.secretName(), token);
    }

    /**
     * Re-runs the rotation a failure left pending, with the same token, as Secrets Manager reattempts it ("A previous
     * rotation isn't complete. That rotation will be reattempted."). Returns the new rotation's id
     * ({@code <token>~<8 hex digits>}: URL-safe).
     */
    public String retry(String secretId) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        PendingRotation pending = ledger.reattempt(secretId, arn -> tracker.running(arn).isPresent(), policy,
                registered -> tracker.add(new RotationJob(registered.versionId() + "~" + id, registered)));
        RotationJob job = tracker.job(pending.versionId() + "~" + id).orElseThrow();
        start(job);
        return job.id();
    }

    private void start(RotationJob job) {
        if (settings.synchronous()) {
            runner.run(job);
        } else {
            executor.submit(() -> runner.run(job));
        }
    }

    /** CancelRotateSecret: turns rotation off and stops a running rotation; AWSPENDING may be left behind. */
    public Started cancel(String secretId) {
        PendingRotation cancelled = ledger.cancel(secretId);
        tracker.running(cancelled.secretArn()).ifPresent(RotationJob::requestCancel);
        return new Started(cancelled.secretArn(), cancelled.secretName(), cancelled.versionId());
    }

    /** Starts a scheduled rotation with the stored configuration; empty when one cannot start now. */
    Optional<Started> rotateOnSchedule(String secretArn) {
        if (tracker.running(secretArn).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(rotate(secretArn, UUID.randomUUID().toString(), null, null, true));
    }

    /** The ARN of the secret an id names (ResourceNotFoundException when none). */
    public String arnOf(String secretId) {
        return ledger.arnOf(secretId);
    }

    public RotationTracker tracker() {
        return tracker;
    }

    /** The faults armed for rotations. */
    public ArmedFaults faults() {
        return faults;
    }

    /** The faults on rotation functions' own calls to the API. */
    public FunctionCallFaults callFaults() {
        return callFaults;
    }

    /** Forgets finished and running rotations and disarms every fault (the control plane's reset). */
    public void reset() {
        tracker.clear();
        faults.clear();
        callFaults.clear();
    }

    /**
     * The first half of a stop: starts no more rotations and cancels the running ones at their next step. A step
     * that is running ends when the function host stops its process.
     */
    public void stopRunning() {
        executor.shutdown();
        tracker.cancelRunning();
    }

    /**
     * The second half: waits for the running rotations to record how they ended. Their threads are not interrupted,
     * as an interrupt in the middle of a store write can close H2's file under it; they are abandoned after a while.
     */
    @Override
    public void close() {
        stopRunning();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The engine's answers to the domain: functions through the invoker, next dates through the schedule rules. */
    private record SchedulePolicy(StepInvoker invoker) implements RotationPolicy {
        @Override
        public boolean canInvoke(String functionArn) {
            return invoker.canInvoke(functionArn);
        }

        @Override
        public Instant nextRotation(RotationRules rules, Instant after) {
            RotationSchedule schedule = RotationSchedule.of(rules);
            return schedule == null ? null : schedule.nextAfter(after);
        }
    }
}
