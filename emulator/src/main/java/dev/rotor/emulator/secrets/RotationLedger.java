package dev.rotor.emulator.secrets;

import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.journal.JournalEvent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The rotation engine's view of secrets: every change a rotation makes (register its AWSPENDING version, reattempt
 * it, cancel, record its completion, remove a test copy) and what it reads (is it abandoned, did AWSCURRENT move),
 * each in one transaction, with its journal events.
 */
public final class RotationLedger {
    private final SecretsContext context;

    public RotationLedger(SecretsContext context) {
        this.context = context;
    }

    /**
     * RotateSecret's change: stores the configuration ({@code lambdaArn} and {@code rules} null keep the stored ones)
     * and registers the token as AWSPENDING: an empty placeholder, or for a test ({@code rotateImmediately} false) a
     * copy of AWSCURRENT. {@code registered} runs inside the transaction, before any other writer sees the change.
     */
    public PendingRotation register(String secretId, String token, String lambdaArn, RotationRules rules,
                                    boolean rotateImmediately, RotationPolicy policy,
                                    Consumer<PendingRotation> registered) {
        return context.store().write(tx -> {
            Secret secret = context.locator().findActive(tx, secretId);
            String function = lambdaArn == null || lambdaArn.isEmpty() ? secret.rotation().lambdaArn() : lambdaArn;
            if (function == null) {
                throw Errors.noRotationLambda();
            }
            if (!policy.canInvoke(function)) {
                throw Errors.cannotInvokeLambda();
            }
            SecretChange change = context.change(tx, secret);
            if (change.labels().rotationInProgress()) {
                throw Errors.rotationInProgress();
            }
            if (tx.version(secret.id(), token).isPresent()) {
                return new PendingRotation(secret.arn(), secret.name(), token, function, !rotateImmediately,
                        change.now(), false);
            }
            RotationRules effective = rules == null ? secret.rotation().rules() : rules;
            Instant last = secret.rotation().lastRotatedDate();
            change.update(secret.withRotation(new Rotation(true, function, effective, last,
                    effective == null ? null : policy.nextRotation(effective, last == null ? change.now() : last))));
            change.addVersion(token, rotateImmediately ? null : currentValue(tx, secret, change));
            change.labels().attach(StagingLabels.PENDING, token);
            change.record(EventType.ROTATION_REQUESTED, token,
                    Map.of("function", function, "rotateImmediately", rotateImmediately));
            change.commit();
            PendingRotation pending = new PendingRotation(secret.arn(), secret.name(), token, function,
                    !rotateImmediately, change.now(), true);
            registered.accept(pending);
            return pending;
        });
    }

    private static SecretValue currentValue(StoreTransaction tx, Secret secret, SecretChange change) {
        String current = change.labels().holderOf(StagingLabels.CURRENT).orElseThrow(() ->
                Errors.invalidRequest("The secret has no AWSCURRENT version to test rotation with."));
        return tx.value(secret.id(), current).orElseThrow();
    }

    /**
     * A reattempt of the rotation a failure left pending, with its token, as Secrets Manager does. Refused while
     * {@code running} says one runs for the secret's ARN, or when nothing is pending.
     */
    public PendingRotation reattempt(String secretId, Predicate<String> running, RotationPolicy policy,
                                     Consumer<PendingRotation> registered) {
        return context.store().write(tx -> {
            Secret secret = context.locator().findActive(tx, secretId);
            if (running.test(secret.arn())) {
                throw Errors.invalidRequest("A rotation of this secret is running.");
            }
            StagingLabels labels = StagingLabels.of(tx.labels(secret.id()));
            if (!labels.rotationInProgress()) {
                throw Errors.invalidRequest("No rotation of this secret is pending: nothing to reattempt.");
            }
            String token = labels.holderOf(StagingLabels.PENDING).orElseThrow();
            String function = secret.rotation().lambdaArn();
            if (function == null || !policy.canInvoke(function)) {
                throw Errors.cannotInvokeLambda();
            }
            SecretChange change = context.change(tx, secret);
            change.record(EventType.ROTATION_REQUESTED, token, Map.of("function", function, "reattempt", true));
            change.commit();
            PendingRotation pending = new PendingRotation(secret.arn(), secret.name(), token, function, false,
                    change.now(), true);
            registered.accept(pending);
            return pending;
        });
    }

    /** CancelRotateSecret's change: turns rotation off; returns the pending version a rotation leaves, if any. */
    public PendingRotation cancel(String secretId) {
        return context.store().write(tx -> {
            Secret secret = context.locator().findActive(tx, secretId);
            if (secret.rotation().enabled() == null) {
                throw Errors.invalidRequest("You can't cancel rotation on a secret that has never been configured"
                        + " for rotation.");
            }
            SecretChange change = context.change(tx, secret);
            change.update(secret.withRotation(secret.rotation().withEnabled(false)));
            Optional<String> pending = change.labels().holderOf(StagingLabels.PENDING)
                    .filter(p -> change.labels().holderOf(StagingLabels.CURRENT).filter(p::equals).isEmpty());
            change.record(EventType.SECRET_UPDATED, pending.orElse(null), Map.of("fields", "rotationEnabled=false"));
            change.commit();
            return new PendingRotation(secret.arn(), secret.name(), pending.orElse(null),
                    secret.rotation().lambdaArn(), false, change.now(), false);
        });
    }

    /**
     * Records a rotation that completed: LastRotatedDate now, NextRotationDate from {@code policy}'s schedule, and
     * AWSPENDING cleaned off the new current version (AWS's backend does that once rotation completes).
     */
    public void complete(String secretArn, String versionId, RotationPolicy policy) {
        context.store().write(tx -> {
            Secret secret = tx.findByArn(secretArn).orElseThrow(Errors::secretNotFound);
            SecretChange change = context.change(tx, secret);
            Instant now = change.now();
            RotationRules rules = secret.rotation().rules();
            change.update(secret.withRotation(secret.rotation().withLastRotatedDate(now)
                    .withNextRotationDate(rules == null ? null : policy.nextRotation(rules, now))));
            change.labels().holderOf(StagingLabels.PENDING).filter(versionId::equals)
                    .ifPresent(v -> change.labels().remove(StagingLabels.PENDING));
            change.commit();
            return null;
        });
    }

    /** A test rotation's temporary AWSPENDING copy goes away whatever the outcome. */
    public void removeTestVersion(String secretArn, String versionId) {
        context.store().write(tx -> {
            tx.findByArn(secretArn).ifPresent(secret -> {
                SecretChange change = context.change(tx, secret);
                change.labels().holderOf(StagingLabels.PENDING).filter(versionId::equals)
                        .ifPresent(v -> change.labels().remove(StagingLabels.PENDING));
                if (!change.labels().isLabelled(versionId)) {
                    change.removeVersion(versionId);
                }
                change.commit();
            });
            return null;
        });
    }

    /** Whether the version lost AWSPENDING without becoming AWSCURRENT: a value written by hand abandoned it. */
    public boolean abandoned(String secretArn, String versionId) {
        return context.store().read(tx -> tx.findByArn(secretArn).map(secret -> {
            StagingLabels labels = StagingLabels.of(tx.labels(secret.id()));
            return labels.holderOf(StagingLabels.PENDING).filter(versionId::equals).isEmpty()
                    && labels.holderOf(StagingLabels.CURRENT).filter(versionId::equals).isEmpty();
        }).orElse(true));
    }

    /** Whether AWSCURRENT is on the version. */
    public boolean isCurrent(String secretArn, String versionId) {
        return context.store().read(tx -> tx.findByArn(secretArn)
                .flatMap(secret -> StagingLabels.of(tx.labels(secret.id())).holderOf(StagingLabels.CURRENT))
                .filter(versionId::equals).isPresent());
    }

    /** The ARN of the secret an id names (ResourceNotFoundException when none). */
    public String arnOf(String secretId) {
        return context.store().read(tx -> context.locator().find(tx, secretId).arn());
    }

    /**
     * Writes a rotation event to the journal, with the secret's labels as they stand at that moment ({@code
     * secretName} null: the secret's current name).
     */
    public void record(String secretArn, String secretName, EventType type, String versionId,
                       Map<String, Object> detail) {
        context.store().write(tx -> {
            Optional<Secret> secret = tx.findByArn(secretArn);
            String name = secretName != null ? secretName : secret.map(Secret::name).orElse(null);
            JournalEvent event = JournalEvent.of(type, secretArn, name).withVersion(versionId).withDetail(detail);
            if (secret.isPresent()) {
                long id = secret.get().id();
                event = event.withStages(StagingLabels.of(tx.labels(id)).stagesByVersion(tx.versions(id)));
            }
            tx.append(List.of(event));
            return null;
        });
    }
}
