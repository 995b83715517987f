package dev.rotor.harness.database;

/** SQL string literals for statements that cannot bind a password as a parameter (CREATE/ALTER USER). */
final class SqlText {
    private SqlText() {
    }

    /** {@code 'text'} with quotes doubled and backslashes escaped (the servers' default sql_mode). */
    static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
