package dev.rotor.emulator.secrets;

import dev.rotor.emulator.journal.EventType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Writes secret values as new versions (PutSecretValue, UpdateSecret): token idempotency, default labels, the first
 * version's AWSCURRENT, and the abandonment of a rotation by a manual new AWSCURRENT.
 */
public final class VersionWriter {
    private final SecretsContext context;

    public VersionWriter(SecretsContext context) {
        this.context = context;
    }

    /** PutSecretValue. {@code stages} null means the default, AWSCURRENT. */
    public VersionResult put(String secretId, String token, SecretValue value, List<String> stages) {
        return context.store().write(tx -> {
            Secret secret = context.locator().findActive(tx, secretId);
            SecretChange change = context.change(tx, secret);
            VersionResult result = write(change, token, value, stages);
            change.commit();
            return result;
        });
    }

    /**
     * An operator's PutSecretValue of the current value as changed by {@code edit}, in one transaction: a new
     * AWSCURRENT version (which abandons a rotation in progress, as any hand-written AWSCURRENT does).
     */
    public VersionResult putCurrentAgain(String secretId, String token, UnaryOperator<SecretValue> edit) {
        return context.store().write(tx -> {
            Secret secret = context.locator().findActive(tx, secretId);
            SecretChange change = context.change(tx, secret);
            SecretValue current = change.labels().holderOf(StagingLabels.CURRENT)
                    .flatMap(version -> tx.value(secret.id(), version))
                    .orElseThrow(() -> Errors.invalidRequest("The secret has no AWSCURRENT value to write again."));
            VersionResult result = write(change, token, edit.apply(current), null);
            change.commit();
            return result;
        });
    }

    /**
     * Writes a value inside a change: returns the original result for a repeated token with the same value, fills a
     * rotation's placeholder, or creates a new version.
     */
    VersionResult write(SecretChange change, String token, SecretValue value, List<String> stages) {
        Secret secret = change.secret();
        Optional<VersionInfo> existing = change.tx().version(secret.id(), token);
        if (existing.isPresent() && existing.get().hasValue()) {
            Optional<SecretValue> stored = change.tx().value(secret.id(), token);
            if (stored.isPresent() && stored.get().sameAs(value)) {
                return result(change, token);
            }
            throw Errors.tokenInUse(token, secret.arn());
        }
        boolean firstVersion = change.labels().holderOf(StagingLabels.CURRENT).isEmpty();
        if (existing.isPresent()) {
            change.storeValue(token, value);
        } else {
            change.addVersion(token, value);
        }
        List<String> labels = stages == null ? List.of(StagingLabels.CURRENT) : stages;
        for (String label : labels) {
            change.labels().attach(label, token);
        }
        if (firstVersion) {
            change.labels().attach(StagingLabels.CURRENT, token);
        }
        if (labels.contains(StagingLabels.CURRENT)) {
            abandonRotation(change, token);
        }
        change.update(secret.withLastChangedDate(change.now()));
        return result(change, token);
    }

    private static void abandonRotation(SecretChange change, String newCurrent) {
        Optional<String> pending = change.labels().holderOf(StagingLabels.PENDING);
        if (pending.isPresent() && !pending.get().equals(newCurrent)) {
            change.labels().abandonPendingExcept(newCurrent);
            change.record(EventType.ROTATION_ABANDONED, pending.get(),
                    Map.of("reason", "a new AWSCURRENT version was written by hand"));
        }
    }

    private static VersionResult result(SecretChange change, String versionId) {
        Secret secret = change.secret();
        return new VersionResult(secret.arn(), secret.name(), versionId,
                List.copyOf(change.labels().labelsOf(versionId)));
    }
}
