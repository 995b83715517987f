package dev.rotor.emulator.rotation;

import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.secrets.Errors;
import dev.rotor.emulator.secrets.Rotation;
import dev.rotor.emulator.secrets.RotationRules;
import dev.rotor.emulator.secrets.Secret;
import dev.rotor.emulator.secrets.SecretChange;
import dev.rotor.emulator.secrets.SecretValue;
import dev.rotor.emulator.secrets.SecretsContext;
import dev.rotor.emulator.secrets.StagingLabels;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * RotateSecret and CancelRotateSecret: validates and stores the rotation configuration, registers the AWSPENDING
 * version and runs the rotation in the background (or before answering, in synchronous mode).
 */
public final class RotationService implements AutoCloseable {
    private final SecretsContext context;
    private final StepInvoker invoker;
    private final RotationSettings settings;
    private final RotationTracker tracker = new RotationTracker();
    private final StepFaults faults = new StepFaults();
    private final RotationJournal journal;
    private final RotationRunner runner;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "rotor-rotation");
        thread.setDaemon(true);
        return thread;
    });

    public RotationService(SecretsContext context, StepInvoker invoker, RotationSettings settings) {
        this.context = context;
        this.invoker = invoker;
        this.settings = settings;
        this.journal = new RotationJournal(context.store());
        this.runner = new RotationRunner(context, invoker, journal, settings, faults);
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
        Prepared prepared = context.store().write(tx -> {
            Secret secret = context.locator().findActive(tx, secretId);
            String function = lambdaArn == null || lambdaArn.isEmpty() ? secret.rotation().lambdaArn() : lambdaArn;
            if (function == null) {
                throw Errors.noRotationLambda();
            }
            if (!invoker.canInvoke(function)) {
                throw Errors.cannotInvokeLambda();
            }
            SecretChange change = context.change(tx, secret);
            if (change.labels().rotationInProgress()) {
                throw Errors.rotationInProgress();
            }
            if (tx.version(secret.id(), token).isPresent()) {
                return new Prepared(secret, function, null);
            }
            RotationRules effective = rules == null ? secret.rotation().rules() : rules;
            RotationSchedule schedule = RotationSchedule.of(effective);
            Instant base = secret.rotation().lastRotatedDate() == null ? change.now() : secret.rotation().lastRotatedDate();
            change.update(secret.withRotation(new Rotation(true, function, effective,
                    secret.rotation().lastRotatedDate(), schedule == null ? null : schedule.nextAfter(base))));
            if (rotateImmediately) {
                change.addVersion(token, null);
            } else {
                String current = change.labels().holderOf(StagingLabels.CURRENT).orElseThrow(() ->
                        Errors.invalidRequest("The secret has no AWSCURRENT version to test rotation with."));
                SecretValue copy = tx.value(secret.id(), current).orElseThrow();
                change.addVersion(token, copy);
            }
            change.labels().attach(StagingLabels.PENDING, token);
            change.record(EventType.ROTATION_REQUESTED, token,
                    Map.of("function", function, "rotateImmediately", rotateImmediately));
            change.commit();
            RotationJob job = new RotationJob(token, secret.arn(), secret.name(), token, function, !rotateImmediately,
                    change.now());
            tracker.add(job);
            return new Prepared(secret, function, job);
        });
        if (prepared.job() != null) {
            start(prepared.job(), prepared.secret().name());
        }
        return new Started(prepared.secret().arn(), prepared.secret().name(), token);
    }

    private record Prepared(Secret secret, String function, RotationJob job) {
    }

    private void start(RotationJob job, String secretName) {
        if (settings.synchronous()) {
            runner.run(job, secretName);
        } else {
            executor.submit(() -> runner.run(job, secretName));
        }
    }

    /**
     * Re-runs the rotation a failure left pending, with the same token, as Secrets Manager reattempts it ("A previous
     * rotation isn't complete. That rotation will be reattempted.").
     */
    public Started retry(String secretId) {
        Prepared prepared = context.store().write(tx -> {
            Secret secret = context.locator().findActive(tx, secretId);
            if (tracker.running(secret.arn()).isPresent()) {
                throw Errors.invalidRequest("A rotation of this secret is running.");
            }
            StagingLabels labels = StagingLabels.of(tx.labels(secret.id()));
            if (!labels.rotationInProgress()) {
                throw Errors.invalidRequest("No rotation of this secret is pending: nothing to reattempt.");
            }
            String token = labels.holderOf(StagingLabels.PENDING).orElseThrow();
            String function = secret.rotation().lambdaArn();
            if (function == null || !invoker.canInvoke(function)) {
                throw Errors.cannotInvokeLambda();
            }
            SecretChange change = context.change(tx, secret);
            change.record(EventType.ROTATION_REQUESTED, token, Map.of("function", function, "reattempt", true));
            change.commit();
            RotationJob job = new RotationJob(token + "#" + UUID.randomUUID().toString().substring(0, 8),
                    secret.arn(), secret.name(), token, function, false, change.now());
            tracker.add(job);
            return new Prepared(secret, function, job);
        });
        start(prepared.job(), prepared.secret().name());
        return new Started(prepared.secret().arn(), prepared.secret().name(), prepared.job().versionId());
    }

    /** The ARN of the secret an id names (ResourceNotFoundException when none). */
    public String describeArn(String secretId) {
        return context.store().read(tx -> context.locator().find(tx, secretId).arn());
    }

    /** Faults to inject into steps. */
    public StepFaults faults() {
        return faults;
    }

    /** CancelRotateSecret: turns rotation off and stops a running rotation; AWSPENDING may be left behind. */
    public Started cancel(String secretId) {
        Started result = context.store().write(tx -> {
            Secret secret = context.locator().findActive(tx, secretId);
            if (secret.rotation().enabled() == null) {
                throw Errors.invalidRequest("You can't cancel rotation on a secret that has never been configured"
                        + " for rotation.");
            }
            SecretChange change = context.change(tx, secret);
            change.update(secret.withRotation(secret.rotation().withEnabled(false)));
            Optional<String> pending = change.labels().holderOf(StagingLabels.PENDING)
                    .filter(p -> !change.labels().holderOf(StagingLabels.CURRENT).filter(p::equals).isPresent());
            change.record(EventType.SECRET_UPDATED, pending.orElse(null), Map.of("fields", "rotationEnabled=false"));
            change.commit();
            return new Started(secret.arn(), secret.name(), pending.orElse(null));
        });
        tracker.running(result.arn()).ifPresent(RotationJob::requestCancel);
        return result;
    }

    /** Starts a scheduled rotation with the stored configuration; empty when one cannot start now. */
    Optional<Started> rotateOnSchedule(String secretArn) {
        if (tracker.running(secretArn).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(rotate(secretArn, java.util.UUID.randomUUID().toString(), null, null, true));
    }

    public RotationTracker tracker() {
        return tracker;
    }

    /** Forgets finished and running rotations (the control plane's reset). */
    public void reset() {
        tracker.clear();
        faults.clear();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
