package dev.rotor.emulator.rotation;

import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.emulator.secrets.StagingLabels;
import dev.rotor.emulator.store.SecretStore;

import java.util.List;
import java.util.Map;

/** Writes rotation events to the journal, each with the secret's labels as they stand at that moment. */
final class RotationJournal {
    private final SecretStore store;

    RotationJournal(SecretStore store) {
        this.store = store;
    }

    void record(String secretArn, String secretName, EventType type, String versionId, Map<String, Object> detail) {
        store.write(tx -> {
            JournalEvent event = JournalEvent.of(type, secretArn, secretName).withVersion(versionId).withDetail(detail);
            var secret = tx.findByArn(secretArn);
            if (secret.isPresent()) {
                long id = secret.get().id();
                event = event.withStages(StagingLabels.of(tx.labels(id)).stagesByVersion(tx.versions(id)));
            }
            tx.append(List.of(event));
            return null;
        });
    }
}
