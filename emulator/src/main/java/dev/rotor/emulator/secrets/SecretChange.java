package dev.rotor.emulator.secrets;

import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.emulator.journal.LabelChanges;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One change to one secret inside a store transaction: it holds the working labels and versions, and on
 * {@link #commit()} writes the labels, prunes old deprecated versions and journals every change, each event carrying
 * the labels as they stand after the change.
 */
public final class SecretChange {
    static final int KEPT_VERSIONS = 100;
    private static final Duration KEEP_YOUNGER_THAN = Duration.ofHours(24);

    private final StoreTransaction tx;
    private final Instant now;
    private final int maxVersions;
    private final Map<String, String> labelsBefore;
    private final StagingLabels labels;
    private final List<VersionInfo> versions;
    private final List<JournalEvent> events = new ArrayList<>();
    private Secret secret;

    private SecretChange(StoreTransaction tx, Secret secret, Instant now, int maxVersions) {
        this.tx = tx;
        this.secret = secret;
        this.now = now;
        this.maxVersions = maxVersions;
        this.labelsBefore = tx.labels(secret.id());
        this.labels = StagingLabels.of(labelsBefore);
        this.versions = new ArrayList<>(tx.versions(secret.id()));
    }

    public static SecretChange begin(StoreTransaction tx, Secret secret, Instant now, int maxVersions) {
        return new SecretChange(tx, secret, now, maxVersions);
    }

    public Secret secret() {
        return secret;
    }

    public StagingLabels labels() {
        return labels;
    }

    public List<VersionInfo> versions() {
        return List.copyOf(versions);
    }

    public StoreTransaction tx() {
        return tx;
    }

    public Instant now() {
        return now;
    }

    /** Replaces the secret's metadata; stored on commit. */
    public void update(Secret changed) {
        this.secret = changed;
    }

    /** Records an event of this change. */
    public void record(EventType type, String versionId, Map<String, Object> detail) {
        events.add(JournalEvent.of(type, secret.arn(), secret.name()).withVersion(versionId).withDetail(detail));
    }

    /** Adds a version (a null value makes a rotation's placeholder); LimitExceededException past the cap. */
    public VersionInfo addVersion(String versionId, SecretValue value) {
        long kept = versions.stream().filter(v -> !prunable(v)).count();
        if (kept >= maxVersions) {
            throw Errors.tooManyVersions();
        }
        VersionInfo version = new VersionInfo(versionId, now, null, value != null);
        tx.insertVersion(secret.id(), version, value);
        versions.add(version);
        record(EventType.VERSION_CREATED, versionId, value == null ? Map.of("placeholder", true) : null);
        return version;
    }

    /** Stores the value of a placeholder version. */
    public void storeValue(String versionId, SecretValue value) {
        tx.storeValue(secret.id(), versionId, value);
        versions.replaceAll(v -> v.versionId().equals(versionId)
                ? new VersionInfo(v.versionId(), v.createdDate(), v.lastAccessedDate(), true) : v);
        record(EventType.VERSION_VALUE_STORED, versionId, null);
    }

    /** Removes versions outright (used for a rotation's temporary test version). */
    public void removeVersion(String versionId) {
        tx.deleteVersions(secret.id(), List.of(versionId));
        versions.removeIf(v -> v.versionId().equals(versionId));
        record(EventType.VERSION_REMOVED, versionId, null);
    }

    public void commit() {
        Map<String, String> labelsAfter = labels.snapshot();
        if (!labelsAfter.equals(labelsBefore)) {
            tx.replaceLabels(secret.id(), labelsAfter);
            events.addAll(LabelChanges.between(labelsBefore, labelsAfter, secret.arn(), secret.name()));
        }
        pruneDeprecated();
        tx.update(secret);
        Map<String, List<String>> stages = labels.stagesByVersion(versions);
        tx.append(events.stream().map(e -> e.withStages(stages)).toList());
    }

    private void pruneDeprecated() {
        int excess = versions.size() - KEPT_VERSIONS;
        if (excess <= 0) {
            return;
        }
        List<VersionInfo> candidates = versions.stream().filter(this::prunable)
                .sorted(Comparator.comparing(VersionInfo::createdDate)).limit(excess).toList();
        for (VersionInfo version : candidates) {
            removeVersion(version.versionId());
        }
    }

    private boolean prunable(VersionInfo version) {
        return !labels.isLabelled(version.versionId())
                && version.createdDate().isBefore(now.minus(KEEP_YOUNGER_THAN));
    }
}
