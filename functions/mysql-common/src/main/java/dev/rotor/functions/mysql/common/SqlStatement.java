package dev.rotor.functions.mysql.common;

/**
 * A statement to run and the same statement with any secret replaced by {@code '***'}: the only form that may be
 * logged or put in an error message.
 */
public record SqlStatement(String sql, String redacted) {

    /** A statement holding no secret. */
    public static SqlStatement plain(String sql) {
        return new SqlStatement(sql, sql);
    }

    public boolean holdsSecret() {
        return !sql.equals(redacted);
    }

    @Override
    public String toString() {
        return redacted;
    }
}
