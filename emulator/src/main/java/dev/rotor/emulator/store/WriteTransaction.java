package dev.rotor.emulator.store;

import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.emulator.secrets.Secret;
import dev.rotor.emulator.secrets.SecretValue;
import dev.rotor.emulator.secrets.VersionInfo;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A write, under the store's write lock: every change goes to the database through {@link H2Transaction} and to a
 * {@link SecretDraft} of the secret it changes; reads see the drafts over the read model. After the database commit,
 * {@link #publish()} makes the drafts the model's committed states. A rolled-back write leaves the model as it was.
 */
final class WriteTransaction extends ModelReads {
    private final H2Transaction sql;
    private final SecretStates states;
    private final Map<Long, SecretDraft> drafts = new LinkedHashMap<>();
    private boolean cleared;

    WriteTransaction(H2Transaction sql, SecretStates states) {
        this.sql = sql;
        this.states = states;
    }

    /** Applies the committed drafts to the read model. */
    void publish() {
        if (cleared) {
            states.clear();
        }
        drafts.forEach((id, draft) -> {
            if (draft.deleted()) {
                states.remove(id);
            } else {
                states.publish(draft.toState());
            }
        });
    }

    @Override
    SecretView view(long secretId) {
        SecretDraft draft = drafts.get(secretId);
        if (draft != null) {
            return draft.deleted() ? null : draft;
        }
        return committed(secretId);
    }

    @Override
    SecretView viewByName(String name) {
        return lookup(secret -> secret.name().equals(name), () -> states.byName(name), () -> sql.findByName(name));
    }

    @Override
    SecretView viewByArn(String arn) {
        return lookup(secret -> secret.arn().equals(arn), () -> states.byArn(arn), () -> sql.findByArn(arn));
    }

    /** This write's draft of the secret, else its committed state from the model, else from the database. */
    private SecretView lookup(Predicate<Secret> matches, Supplier<SecretState> cached,
                              Supplier<Optional<Secret>> query) {
        SecretDraft drafted = drafted(draft -> matches.test(draft.secret()));
        if (drafted != null) {
            return drafted.deleted() ? null : drafted;
        }
        SecretState state = cleared ? null : cached.get();
        return state != null ? view(state.secret().id()) : query.get().map(s -> view(s.id())).orElse(null);
    }

    /** The draft that matches, a live one before a deleted one (a name may be reused after a deletion). */
    private SecretDraft drafted(Predicate<SecretDraft> matches) {
        SecretDraft deleted = null;
        for (SecretDraft draft : drafts.values()) {
            if (matches.test(draft)) {
                if (!draft.deleted()) {
                    return draft;
                }
                deleted = draft;
            }
        }
        return deleted;
    }

    /**
     * A secret this write has not changed: its committed state, from the model or (holding the write lock, so no other
     * write can be between its commit and its publication) from the database, and then kept in the model.
     */
    private SecretState committed(long secretId) {
        return cleared ? sql.state(secretId) : states.orLoad(secretId, sql::state);
    }

    private SecretDraft draft(long secretId) {
        return drafts.computeIfAbsent(secretId, id -> {
            SecretState committed = committed(id);
            if (committed == null) {
                throw new IllegalStateException("no secret with id " + id);
            }
            return SecretDraft.of(committed);
        });
    }

    @Override
    public List<Secret> listSecrets() {
        return sql.listSecrets();
    }

    @Override
    public List<Secret> rotatingSecrets() {
        return sql.rotatingSecrets();
    }

    @Override
    public Secret insert(Secret secret) {
        Secret inserted = sql.insert(secret);
        drafts.put(inserted.id(), SecretDraft.created(SecretRows.asStored(inserted)));
        return inserted;
    }

    @Override
    public void update(Secret secret) {
        sql.update(secret);
        draft(secret.id()).update(SecretRows.asStored(secret));
    }

    @Override
    public void delete(long secretId) {
        sql.delete(secretId);
        draft(secretId).delete();
    }

    @Override
    public void insertVersion(long secretId, VersionInfo version, SecretValue value) {
        sql.insertVersion(secretId, version, value);
        draft(secretId).addVersion(new VersionInfo(version.versionId(), SecretRows.stored(version.createdDate()),
                version.lastAccessedDate(), value != null), value);
    }

    @Override
    public void storeValue(long secretId, String versionId, SecretValue value) {
        sql.storeValue(secretId, versionId, value);
        draft(secretId).storeValue(versionId, value);
    }

    @Override
    public void deleteVersions(long secretId, Collection<String> versionIds) {
        sql.deleteVersions(secretId, versionIds);
        draft(secretId).removeVersions(versionIds);
    }

    @Override
    public void replaceLabels(long secretId, Map<String, String> labels) {
        sql.replaceLabels(secretId, labels);
        draft(secretId).replaceLabels(labels);
    }

    @Override
    public void recordAccess(long secretId, String versionId, LocalDate date) {
        sql.recordAccess(secretId, versionId, date);
        draft(secretId).recordAccess(versionId, date);
    }

    @Override
    public void append(List<JournalEvent> events) {
        sql.append(events);
    }

    /** Drops every secret and event (a reset), from the database and, on commit, from the model. */
    void dropAll() {
        sql.dropAll();
        cleared = true;
        drafts.clear();
    }

    @Override
    public List<JournalEvent> events(long after, int limit) {
        return sql.events(after, limit);
    }
}
