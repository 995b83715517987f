package dev.rotor.functions.mysql.common;

/**
 * MariaDB: {@code SET PASSWORD} needs {@code PASSWORD('...')}, and a user can change its own password only with
 * {@code SET PASSWORD = PASSWORD('...')}.
 */
public record MariaDbDialect(SqlText text) implements Dialect {

    @Override
    public String name() {
        return "MariaDB";
    }

    @Override
    public SqlStatement setOwnPassword(String password) {
        return secret("SET PASSWORD = PASSWORD(", password, ")");
    }

    @Override
    public SqlStatement createUser(Account account, String password) {
        return secret("CREATE USER " + account.sql() + " IDENTIFIED BY ", password, "");
    }

    @Override
    public SqlStatement setPassword(Account account, String password) {
        return secret("SET PASSWORD FOR " + account.sql() + " = PASSWORD(", password, ")");
    }

    private SqlStatement secret(String before, String password, String after) {
        return new SqlStatement(before + text.literal(password) + after, before + "'***'" + after);
    }
}
