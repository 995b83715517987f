package dev.rotor.emulator.store;

import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.emulator.secrets.Secret;
import dev.rotor.emulator.secrets.SecretValue;
import dev.rotor.emulator.secrets.VersionInfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A read: each secret from the read model, the same state of it for the whole transaction; a secret the model does
 * not hold yet is looked up in the database. Listings and the journal are read with SQL, on a connection opened only
 * when needed.
 */
final class ReadTransaction extends ModelReads {
    private final SecretStates states;
    private final Supplier<H2Transaction> sql;
    private final Loader loader;
    private final List<SecretState> seen = new ArrayList<>(2);

    /** Brings a secret the model lacks into it: its committed state, or null if it does not exist. */
    @FunctionalInterface
    interface Loader {
        SecretState load(long secretId, H2Transaction sql);
    }

    ReadTransaction(SecretStates states, Supplier<H2Transaction> sql, Loader loader) {
        this.states = states;
        this.sql = sql;
        this.loader = loader;
    }

    @Override
    SecretView view(long secretId) {
        for (SecretState state : seen) {
            if (state.secret().id() == secretId) {
                return state;
            }
        }
        SecretState state = states.byId(secretId);
        return seen(state != null ? state : loader.load(secretId, sql.get()));
    }

    @Override
    SecretView viewByName(String name) {
        return lookup(s -> s.name().equals(name), states.byName(name), tx -> tx.findByName(name));
    }

    @Override
    SecretView viewByArn(String arn) {
        return lookup(s -> s.arn().equals(arn), states.byArn(arn), tx -> tx.findByArn(arn));
    }

    private SecretView lookup(java.util.function.Predicate<Secret> matches, SecretState cached,
                              Function<H2Transaction, Optional<Secret>> query) {
        for (SecretState state : seen) {
            if (matches.test(state.secret())) {
                return state;
            }
        }
        if (cached != null) {
            return seen(cached);
        }
        H2Transaction tx = sql.get();
        return query.apply(tx).map(secret -> seen(loader.load(secret.id(), tx))).orElse(null);
    }

    private SecretState seen(SecretState state) {
        if (state != null) {
            seen.add(state);
        }
        return state;
    }

    @Override
    public List<Secret> listSecrets() {
        return sql.get().listSecrets();
    }

    @Override
    public List<Secret> rotatingSecrets() {
        return sql.get().rotatingSecrets();
    }

    @Override
    public List<JournalEvent> events(long after, int limit) {
        return sql.get().events(after, limit);
    }

    @Override
    public Secret insert(Secret secret) {
        throw readOnly();
    }

    @Override
    public void update(Secret secret) {
        throw readOnly();
    }

    @Override
    public void delete(long secretId) {
        throw readOnly();
    }

    @Override
    public void insertVersion(long secretId, VersionInfo version, SecretValue value) {
        throw readOnly();
    }

    @Override
    public void storeValue(long secretId, String versionId, SecretValue value) {
        throw readOnly();
    }

    @Override
    public void deleteVersions(long secretId, Collection<String> versionIds) {
        throw readOnly();
    }

    @Override
    public void replaceLabels(long secretId, Map<String, String> labels) {
        throw readOnly();
    }

    @Override
    public void recordAccess(long secretId, String versionId, LocalDate date) {
        throw readOnly();
    }

    @Override
    public void append(List<JournalEvent> events) {
        throw readOnly();
    }

    private static IllegalStateException readOnly() {
        return new IllegalStateException("a read transaction cannot write: use SecretStore.write");
    }
}
