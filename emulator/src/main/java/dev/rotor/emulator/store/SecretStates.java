package dev.rotor.emulator.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read model: the committed state of every secret read or written since the store opened, by id, name and ARN.
 * Only a write transaction changes it, after its commit and before the store's write lock is released, so it never
 * runs ahead of the database and never lags behind a write that was answered. A secret that is not here is looked up
 * in the database (after a restart, say) and kept from then on.
 */
final class SecretStates {
    private final Map<Long, SecretState> byId = new ConcurrentHashMap<>();
    private final Map<String, Long> idByName = new ConcurrentHashMap<>();
    private final Map<String, Long> idByArn = new ConcurrentHashMap<>();

    SecretState byId(long id) {
        return byId.get(id);
    }

    SecretState byName(String name) {
        Long id = idByName.get(name);
        return id == null ? null : byId.get(id);
    }

    SecretState byArn(String arn) {
        Long id = idByArn.get(arn);
        return id == null ? null : byId.get(id);
    }

    /**
     * The secret's committed state, read with {@code load} (from the database) and kept when the model lacks it.
     * Callers hold the store's write lock: no write is then between its commit and its publication.
     */
    SecretState orLoad(long id, java.util.function.LongFunction<SecretState> load) {
        SecretState state = byId.get(id);
        if (state == null) {
            state = load.apply(id);
            if (state != null) {
                publish(state);
            }
        }
        return state;
    }

    /** Makes {@code state} the committed state of its secret. Callers hold the store's write lock. */
    void publish(SecretState state) {
        long id = state.secret().id();
        SecretState former = byId.put(id, state);
        idByName.put(state.secret().name(), id);
        idByArn.put(state.secret().arn(), id);
        if (former != null && !former.secret().name().equals(state.secret().name())) {
            idByName.remove(former.secret().name(), id);
        }
        if (former != null && !former.secret().arn().equals(state.secret().arn())) {
            idByArn.remove(former.secret().arn(), id);
        }
    }

    /** Forgets a deleted secret. Callers hold the store's write lock. */
    void remove(long id) {
        SecretState former = byId.get(id);
        if (former != null) {
            idByName.remove(former.secret().name(), id);
            idByArn.remove(former.secret().arn(), id);
            byId.remove(id);
        }
    }

    /** Forgets everything (the store was reset). Callers hold the store's write lock. */
    void clear() {
        idByName.clear();
        idByArn.clear();
        byId.clear();
    }
}
