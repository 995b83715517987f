package dev.rotor.emulator.secrets;

import dev.rotor.emulator.journal.JournalEvent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The operations available inside one store transaction. */
public interface StoreTransaction {

    Optional<Secret> findByName(String name);

    Optional<Secret> findByArn(String arn);

    /** Every secret, ordered by creation. */
    List<Secret> listSecrets();

    /** The secrets with rotation enabled and not scheduled for deletion (what the scheduler looks at). */
    List<Secret> rotatingSecrets();

    /** Stores a new secret and returns it with its id. */
    Secret insert(Secret secret);

    void update(Secret secret);

    /** Removes a secret with all its versions and labels. */
    void delete(long secretId);

    /** A secret's versions in creation order. */
    List<VersionInfo> versions(long secretId);

    /** A secret's labels: label → version id. */
    Map<String, String> labels(long secretId);

    /** Labels for many secrets at once: secret id → (label → version id). */
    Map<Long, Map<String, String>> labels(Collection<Long> secretIds);

    Optional<VersionInfo> version(long secretId, String versionId);

    /** A version's value; empty for an unknown version or a placeholder that has none yet. */
    Optional<SecretValue> value(long secretId, String versionId);

    /** Adds a version; a null value makes a placeholder. */
    void insertVersion(long secretId, VersionInfo version, SecretValue value);

    /** Gives a placeholder version its value. */
    void storeValue(long secretId, String versionId, SecretValue value);

    void deleteVersions(long secretId, Collection<String> versionIds);

    /** Replaces a secret's labels. */
    void replaceLabels(long secretId, Map<String, String> labels);

    /** Records a read on the secret and version (date only). */
    void recordAccess(long secretId, String versionId, LocalDate date);

    /** Appends events to the journal, in order, as part of this transaction. */
    void append(List<JournalEvent> events);

    /** Journal events with a sequence number above {@code after}, at most {@code limit}. */
    List<JournalEvent> events(long after, int limit);
}
