package dev.rotor.emulator.store;

import dev.rotor.emulator.secrets.StoreException;
import org.h2.jdbcx.JdbcDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The store's connections to H2, kept open: one for writes (they are serialised) and a few for reads. H2 keeps parsed
 * statements per connection, but empties that cache on every rollback, and a pooled connection (H2's
 * JdbcConnectionPool) is rolled back each time it is taken and returned: every statement was parsed again. These are
 * committed after their work and rolled back only when it failed.
 */
final class Connections implements AutoCloseable {
    private static final int IDLE_READERS = 8;

    private final JdbcDataSource source = new JdbcDataSource();
    private final Connection writer;
    private final ConcurrentLinkedDeque<Connection> idleReaders = new ConcurrentLinkedDeque<>();

    Connections(String url) throws SQLException {
        source.setURL(url);
        source.setUser("rotor");
        this.writer = open();
    }

    /** The one connection writes use; only the holder of the store's write lock may use it. */
    Connection writer() {
        return writer;
    }

    /** A connection for one read transaction; give it back with {@link #release}. */
    Connection reader() throws SQLException {
        Connection connection = idleReaders.pollFirst();
        return connection != null ? connection : open();
    }

    /** Ends a read transaction (committed when it went well, rolled back when not) and keeps the connection. */
    void release(Connection reader, boolean succeeded) throws SQLException {
        try {
            if (succeeded) {
                reader.commit();
            } else {
                reader.rollback();
            }
        } catch (SQLException e) {
            reader.close();
            throw e;
        }
        if (idleReaders.size() < IDLE_READERS) {
            idleReaders.addFirst(reader);
        } else {
            reader.close();
        }
    }

    /** Shuts the database down (H2's SHUTDOWN) and closes every connection. */
    @Override
    public void close() {
        List<Connection> all = new ArrayList<>(idleReaders);
        idleReaders.clear();
        try (Statement statement = writer.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already closed
        }
        all.add(writer);
        for (Connection connection : all) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the database is gone already
            }
        }
    }

    private Connection open() throws SQLException {
        Connection connection = source.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    /** Wraps SQLException as the store reports it. */
    static StoreException failure(SQLException e) {
        return new StoreException("store failure: " + e.getMessage(), e);
    }
}
