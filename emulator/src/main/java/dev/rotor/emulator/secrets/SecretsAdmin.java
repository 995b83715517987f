package dev.rotor.emulator.secrets;

import dev.rotor.emulator.journal.JournalEvent;

import java.util.List;

/** What the admin interface reads and clears of the secrets domain: the journal, and everything at once. */
public final class SecretsAdmin {
    private final SecretStore store;

    public SecretsAdmin(SecretStore store) {
        this.store = store;
    }

    /** Journal events with a sequence number above {@code after}, at most {@code limit}, in order. */
    public List<JournalEvent> events(long after, int limit) {
        return store.read(tx -> tx.events(after, limit));
    }

    /** Drops every secret, version and journal event. */
    public void reset() {
        store.reset();
    }
}
