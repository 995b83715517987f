package dev.rotor.functions.mysql.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** One logged-in connection: the server's dialect, statements run with secrets kept out of errors, and close. */
public final class DatabaseSession implements AutoCloseable {

    private final Connection connection;
    private Dialect dialect;
    private String version;

    public DatabaseSession(Connection connection) {
        this.connection = connection;
    }

    /** The raw JDBC connection, for parameterised queries. */
    public Connection connection() {
        return connection;
    }

    /** Detected once per session from {@code SELECT VERSION(), @@SESSION.sql_mode}. */
    public Dialect dialect() {
        if (dialect == null) {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT VERSION(), @@SESSION.sql_mode")) {
                row.next();
                version = row.getString(1);
                dialect = Dialect.forServer(version, row.getString(2));
            } catch (SQLException e) {
                throw new RotationFailedException("Could not read the server version: " + e.getMessage(), e);
            }
        }
        return dialect;
    }

    /** The server's version string (after {@link #dialect()}). */
    public String version() {
        dialect();
        return version;
    }

    /** Runs a statement; a failure names the redacted statement and, only when it holds no secret, the server text. */
    public void execute(SqlStatement statement) {
        try (Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement.sql());
        } catch (SQLException e) {
            // a syntax error echoes the statement ("near '...'"): never pass that on when it holds a password
            String detail = statement.holdsSecret() ? "" : ": " + e.getMessage();
            throw new RotationFailedException("Statement failed [" + statement.redacted() + "] (SQLState "
                    + e.getSQLState() + ", error " + e.getErrorCode() + ")" + detail);
        }
    }

    /** Runs a parameterised query and returns the first column of every row as text. */
    public List<String> queryColumn(String sql, String... parameters) {
        List<List<String>> rows = query(sql, parameters);
        List<String> column = new ArrayList<>(rows.size());
        rows.forEach(row -> column.add(row.get(0)));
        return column;
    }

    /** Runs a parameterised query and returns every row as text (SQL NULL stays null). */
    public List<List<String>> query(String sql, String... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<List<String>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(rs.getString(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new RotationFailedException("Query failed [" + sql + "]: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a connection we are done with: nothing to recover
        }
    }
}
