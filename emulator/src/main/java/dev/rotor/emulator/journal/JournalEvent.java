package dev.rotor.emulator.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One state change, in order. Never carries a secret value. {@code stages} is the secret's version → labels map
 * after the change's transaction, so a checker can test the label rules at every event.
 */
public record JournalEvent(long sequence, Instant timestamp, EventType type, String secretArn, String secretName,
                           String versionId, String label, String fromVersionId, Map<String, List<String>> stages,
                           Map<String, Object> detail) {

    /** A new event, numbered when the journal appends it. */
    public static JournalEvent of(EventType type, String secretArn, String secretName) {
        return new JournalEvent(0, null, type, secretArn, secretName, null, null, null, null, null);
    }

    public JournalEvent withVersion(String value) {
        return new JournalEvent(sequence, timestamp, type, secretArn, secretName, value, label, fromVersionId, stages,
                detail);
    }

    public JournalEvent withLabel(String value, String from) {
        return new JournalEvent(sequence, timestamp, type, secretArn, secretName, versionId, value, from, stages, detail);
    }

    public JournalEvent withStages(Map<String, List<String>> value) {
        return new JournalEvent(sequence, timestamp, type, secretArn, secretName, versionId, label, fromVersionId,
                value, detail);
    }

    public JournalEvent withDetail(Map<String, Object> value) {
        return new JournalEvent(sequence, timestamp, type, secretArn, secretName, versionId, label, fromVersionId,
                stages, value);
    }

    public JournalEvent numbered(long seq, Instant at) {
        return new JournalEvent(seq, at, type, secretArn, secretName, versionId, label, fromVersionId, stages, detail);
    }
}
