package dev.rotor.functions.mysql.common;

/** MySQL 5.7 and later (8.x, 9.x): passwords are plain literals; {@code PASSWORD()} no longer exists. */
public record MySql8Dialect(SqlText text) implements Dialect {

    @Override
    public String name() {
        return "MySQL 8";
    }

    @Override
    public SqlStatement setOwnPassword(String password) {
        return secret("SET PASSWORD = ", password, "");
    }

    @Override
    public SqlStatement createUser(Account account, String password) {
        return secret("CREATE USER " + account.sql() + " IDENTIFIED BY ", password, "");
    }

    @Override
    public SqlStatement setPassword(Account account, String password) {
        return secret("ALTER USER " + account.sql() + " IDENTIFIED BY ", password, "");
    }

    private SqlStatement secret(String before, String password, String after) {
        return new SqlStatement(before + text.literal(password) + after, before + "'***'" + after);
    }
}
