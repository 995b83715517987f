package dev.rotor.emulator.store;

import dev.rotor.emulator.secrets.SecretStore;
import dev.rotor.emulator.secrets.StoreException;
import dev.rotor.emulator.secrets.StoreTransaction;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The H2 store: in memory by default, file-backed and durable with a data directory (every committed write is on
 * disk before the call returns). Reads of a secret are answered from a read model ({@link SecretStates}) that each
 * write keeps in step with the database (docs/emulator.md, "Read model").
 */
public final class H2SecretStore implements SecretStore {
    /**
     * H2 caches parsed statements per session, 8 by default: fewer than the distinct statements one PutSecretValue
     * runs, so every request re-parsed its SQL. 64 holds all of the store's statements (see {@link Connections}).
     * ANALYZE_AUTO=0: H2 would otherwise re-analyse a table every 2,000 changed rows, inside a write's commit, and the
     * journal changes that many every few hundred writes; every query here is an index lookup whatever the statistics.
     * DB_CLOSE_ON_EXIT=FALSE: H2's own shutdown hook would close the database under requests the emulator is still
     * draining; {@link #close} does.
     */
    private static final String SETTINGS = ";QUERY_CACHE_SIZE=64;ANALYZE_AUTO=0;DB_CLOSE_ON_EXIT=FALSE";

    private final Connections connections;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;
    private final int journalRetention;
    private final SecretStates states = new SecretStates();

    private static final String FILE_NAME = "rotor";

    private final Path directory;

    private H2SecretStore(String url, Path directory, Clock clock, int journalRetention) {
        this.directory = directory;
        this.clock = clock;
        this.journalRetention = journalRetention;
        Connections opened = null;
        try {
            opened = new Connections(url);
            Schema.migrate(opened.writer());
        } catch (SQLException e) {
            if (opened != null) {
                opened.close();
            }
            throw new StoreException("cannot open the store at " + url + ": " + e.getMessage(), e);
        }
        this.connections = opened;
    }

    /** A private in-memory database, gone when the store closes. */
    public static H2SecretStore inMemory(Clock clock, int journalRetention) {
        return new H2SecretStore("jdbc:h2:mem:rotor-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + SETTINGS, null,
                clock, journalRetention);
    }

    /** A database in {@code dataDir}, created on first use; only its owner may read it (see {@link PrivateFiles}). */
    public static H2SecretStore inDirectory(Path dataDir, Clock clock, int journalRetention) {
        Path directory = dataDir.toAbsolutePath();
        PrivateFiles.prepare(directory, FILE_NAME);
        // WRITE_DELAY=0: commit writes through at once, so an acknowledged write survives kill -9.
        return new H2SecretStore("jdbc:h2:file:" + directory.resolve(FILE_NAME) + ";WRITE_DELAY=0" + SETTINGS,
                directory, clock, journalRetention);
    }

    @Override
    public <T> T write(Function<StoreTransaction, T> work) {
        writeLock.lock();
        try {
            Connection connection = connections.writer();
            WriteTransaction tx = new WriteTransaction(transaction(connection), states);
            try {
                T result = work.apply(tx);
                connection.commit();
                tx.publish();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw Connections.failure(e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public <T> T read(Function<StoreTransaction, T> work) {
        ReadConnection sql = new ReadConnection();
        boolean succeeded = false;
        try {
            T result = work.apply(new ReadTransaction(states, sql, this::load));
            succeeded = true;
            return result;
        } finally {
            sql.release(succeeded);
        }
    }

    /**
     * Brings a secret into the read model from the database. Under the write lock: no write is then between its
     * commit and its publication, so what the database holds is the committed state.
     */
    private SecretState load(long secretId, H2Transaction sql) {
        writeLock.lock();
        try {
            return states.orLoad(secretId, sql::state);
        } finally {
            writeLock.unlock();
        }
    }

    private H2Transaction transaction(Connection connection) {
        return new H2Transaction(connection, json, clock, journalRetention);
    }

    /** A read's connection, taken only when the read needs SQL (a listing, the journal, a secret not in the model). */
    private final class ReadConnection implements java.util.function.Supplier<H2Transaction> {
        private Connection connection;
        private H2Transaction tx;

        @Override
        public H2Transaction get() {
            if (tx == null) {
                try {
                    connection = connections.reader();
                } catch (SQLException e) {
                    throw Connections.failure(e);
                }
                tx = transaction(connection);
            }
            return tx;
        }

        void release(boolean succeeded) {
            if (connection != null) {
                try {
                    connections.release(connection, succeeded);
                } catch (SQLException e) {
                    throw Connections.failure(e);
                }
            }
        }
    }

    @Override
    public void reset() {
        write(tx -> {
            ((WriteTransaction) tx).dropAll();
            return null;
        });
    }

    /**
     * Closes the database. Call it once no request uses the store. The connections are kept open, not pooled, so none
     * rolls back after the SHUTDOWN (H2 would write that failure to a trace file beside the data).
     */
    @Override
    public void close() {
        connections.close();
        if (directory != null) {
            PrivateFiles.tighten(directory, FILE_NAME);
        }
    }
}
