package dev.rotor.emulator.store;

import dev.rotor.emulator.secrets.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Small JDBC helpers: run with SQLException turned into StoreException, bind parameters, run updates. */
final class Sql {
    private Sql() {
    }

    /** JDBC work that may throw SQLException. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    static <T> T run(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("store failure: " + e.getMessage(), e);
        }
    }

    static int update(Connection connection, String sql, Object... params) {
        return run(() -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                bind(ps, params);
                return ps.executeUpdate();
            }
        });
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }
}
