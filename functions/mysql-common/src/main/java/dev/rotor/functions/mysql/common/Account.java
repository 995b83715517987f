package dev.rotor.functions.mysql.common;

/** A MySQL account, {@code 'user'@'host'}: host is the account's host pattern ({@code %} by default). */
public record Account(String user, String host) {

    public static final String ANY_HOST = "%";

    public static Account anyHost(String user) {
        return new Account(user, ANY_HOST);
    }

    /** The account in SQL, {@code `user`@`host`}. */
    public String sql() {
        return SqlText.account(user, host);
    }

    @Override
    public String toString() {
        return "'" + user + "'@'" + host + "'";
    }
}
