package dev.rotor.emulator.store;

import dev.rotor.emulator.secrets.Secret;
import dev.rotor.emulator.secrets.SecretValue;
import dev.rotor.emulator.secrets.VersionInfo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A write transaction's working copy of one secret: every change the transaction makes to the secret's rows is made
 * here too, so that its reads see it, and on commit it becomes the secret's new {@link SecretState}.
 */
final class SecretDraft implements SecretView {
    private Secret secret;
    private Map<String, String> labels;
    private final List<StoredVersion> versions;
    private boolean deleted;

    private SecretDraft(Secret secret, Map<String, String> labels, List<StoredVersion> versions) {
        this.secret = secret;
        this.labels = labels;
        this.versions = new ArrayList<>(versions);
    }

    static SecretDraft of(SecretView committed) {
        return new SecretDraft(committed.secret(), committed.labels(), committed.versions());
    }

    static SecretDraft created(Secret secret) {
        return new SecretDraft(secret, Map.of(), List.of());
    }

    @Override
    public Secret secret() {
        return secret;
    }

    @Override
    public Map<String, String> labels() {
        return labels;
    }

    @Override
    public List<StoredVersion> versions() {
        return versions;
    }

    boolean deleted() {
        return deleted;
    }

    void update(Secret changed) {
        secret = changed;
    }

    void delete() {
        deleted = true;
    }

    void addVersion(VersionInfo version, SecretValue value) {
        versions.add(new StoredVersion(version, value));
    }

    void storeValue(String versionId, SecretValue value) {
        versions.replaceAll(v -> v.versionId().equals(versionId) ? new StoredVersion(
                new VersionInfo(versionId, v.info().createdDate(), v.info().lastAccessedDate(), true), value) : v);
    }

    void removeVersions(Collection<String> versionIds) {
        versions.removeIf(v -> versionIds.contains(v.versionId()));
    }

    void replaceLabels(Map<String, String> replacement) {
        labels = new TreeMap<>(replacement);
    }

    void recordAccess(String versionId, java.time.LocalDate date) {
        secret = secret.withLastAccessedDate(date);
        versions.replaceAll(v -> v.versionId().equals(versionId) ? new StoredVersion(
                new VersionInfo(versionId, v.info().createdDate(), date, v.info().hasValue()), v.value()) : v);
    }

    SecretState toState() {
        return new SecretState(secret, labels, versions);
    }
}
