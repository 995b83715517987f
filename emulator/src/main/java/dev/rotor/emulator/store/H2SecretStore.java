package dev.rotor.emulator.store;

import dev.rotor.emulator.secrets.SecretStore;
import dev.rotor.emulator.secrets.StoreException;
import dev.rotor.emulator.secrets.StoreTransaction;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

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
 * disk before the call returns).
 */
public final class H2SecretStore implements SecretStore {
    private static final int MAX_CONNECTIONS = 32;
    /**
     * H2 caches parsed statements per session, 8 by default: fewer than the distinct statements one PutSecretValue
     * runs, so every request re-parsed its SQL. 64 holds all of the store's statements. DB_CLOSE_ON_EXIT=FALSE: H2's
     * own shutdown hook would close the database under requests the emulator is still draining; {@link #close} does.
     */
    private static final String SETTINGS = ";QUERY_CACHE_SIZE=64;DB_CLOSE_ON_EXIT=FALSE";

    private final String url;
    private final JdbcConnectionPool pool;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;
    private final int journalRetention;

    private static final String FILE_NAME = "rotor";

    private final Path directory;

    private H2SecretStore(String url, Path directory, Clock clock, int journalRetention) {
        this.directory = directory;
        this.url = url;
        this.pool = JdbcConnectionPool.create(url, "rotor", "");
        this.pool.setMaxConnections(MAX_CONNECTIONS);
        this.clock = clock;
        this.journalRetention = journalRetention;
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            Schema.migrate(connection);
        } catch (SQLException e) {
            pool.dispose();
            throw new StoreException("cannot open the store at " + url + ": " + e.getMessage(), e);
        }
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
            return run(work);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public <T> T read(Function<StoreTransaction, T> work) {
        return run(work);
    }

    private <T> T run(Function<StoreTransaction, T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(new H2Transaction(connection, json, clock, journalRetention));
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("store failure: " + e.getMessage(), e);
        }
    }

    @Override
    public void reset() {
        write(tx -> {
            ((H2Transaction) tx).dropAll();
            return null;
        });
    }

    /**
     * Closes the database. Call it once no request uses the store. The SHUTDOWN goes through a connection of its own:
     * a pooled one rolls back when it is returned, after the database is gone, and H2 writes that failure to a trace
     * file beside the data.
     */
    @Override
    public void close() {
        pool.dispose();
        JdbcDataSource direct = new JdbcDataSource();
        direct.setURL(url);
        direct.setUser("rotor");
        try (Connection connection = direct.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already closed
        }
        if (directory != null) {
            PrivateFiles.tighten(directory, FILE_NAME);
        }
    }
}
