package dev.rotor.emulator.secrets;

import java.util.function.Function;

/** Where secrets live. Each unit of work runs in one transaction: it commits whole or leaves no trace. */
public interface SecretStore extends AutoCloseable {

    /** Runs a change. Writers are serialised, so label rules cannot be broken by concurrent writers. */
    <T> T write(Function<StoreTransaction, T> work);

    /** Runs a read against a consistent snapshot. */
    <T> T read(Function<StoreTransaction, T> work);

    /** Drops all state. */
    void reset();

    @Override
    void close();
}
