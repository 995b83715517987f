package dev.rotor.emulator.store;

import dev.rotor.emulator.secrets.Secret;
import dev.rotor.emulator.secrets.SecretValue;
import dev.rotor.emulator.secrets.StoreTransaction;
import dev.rotor.emulator.secrets.VersionInfo;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reads of one secret at a time (by name, ARN or id; its labels, versions and values), answered from
 * {@link SecretView}s instead of SQL. Subclasses say where a transaction's views come from.
 */
abstract class ModelReads implements StoreTransaction {

    /** The secret with this id as this transaction sees it, or null. */
    abstract SecretView view(long secretId);

    abstract SecretView viewByName(String name);

    abstract SecretView viewByArn(String arn);

    @Override
    public Optional<Secret> findByName(String name) {
        return secretOf(viewByName(name));
    }

    @Override
    public Optional<Secret> findByArn(String arn) {
        return secretOf(viewByArn(arn));
    }

    @Override
    public List<VersionInfo> versions(long secretId) {
        SecretView view = view(secretId);
        return view == null ? List.of() : view.versions().stream().map(StoredVersion::info).toList();
    }

    @Override
    public Map<String, String> labels(long secretId) {
        SecretView view = view(secretId);
        return view == null ? Map.of() : view.labels();
    }

    @Override
    public Map<Long, Map<String, String>> labels(Collection<Long> secretIds) {
        Map<Long, Map<String, String>> labels = new HashMap<>();
        for (long secretId : secretIds) {
            Map<String, String> secretLabels = labels(secretId);
            if (!secretLabels.isEmpty()) {
                labels.put(secretId, secretLabels);
            }
        }
        return labels;
    }

    @Override
    public Optional<VersionInfo> version(long secretId, String versionId) {
        StoredVersion version = storedVersion(secretId, versionId);
        return version == null ? Optional.empty() : Optional.of(version.info());
    }

    @Override
    public Optional<SecretValue> value(long secretId, String versionId) {
        StoredVersion version = storedVersion(secretId, versionId);
        return version == null ? Optional.empty() : Optional.ofNullable(version.value());
    }

    private StoredVersion storedVersion(long secretId, String versionId) {
        SecretView view = view(secretId);
        return view == null ? null : view.version(versionId);
    }

    private static Optional<Secret> secretOf(SecretView view) {
        return view == null ? Optional.empty() : Optional.of(view.secret());
    }
}
