package dev.rotor.functions.mysql.common;

/**
 * Writes values into MySQL/MariaDB statement text where the server takes no parameter (passwords in SET PASSWORD,
 * CREATE USER and ALTER USER; account names). String literals follow the session's {@code NO_BACKSLASH_ESCAPES}.
 */
public final class SqlText {

    private final boolean noBackslashEscapes;

    public SqlText(boolean noBackslashEscapes) {
        this.noBackslashEscapes = noBackslashEscapes;
    }

    public boolean noBackslashEscapes() {
        return noBackslashEscapes;
    }

    /** A quoted identifier: backticks, inner backticks doubled (independent of sql_mode, ANSI_QUOTES included). */
    public static String identifier(String name) {
        if (name.indexOf('\0') >= 0) {
            throw new RotationFailedException("Identifiers cannot hold a NUL character");
        }
        return "`" + name.replace("`", "``") + "`";
    }

    /** An account name {@code `user`@`host`}. */
    public static String account(String user, String host) {
        return identifier(user) + "@" + identifier(host);
    }

    /** A single-quoted string literal that the server reads back as exactly {@code value}. */
    public String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'') {
                out.append("''"); // understood in every sql_mode
            } else if (noBackslashEscapes) {
                if (c == '\0') {
                    throw new RotationFailedException("A NUL character cannot be written with NO_BACKSLASH_ESCAPES");
                }
                out.append(c); // a backslash is an ordinary character in this mode
            } else {
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\0' -> out.append("\\0");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\u001a' -> out.append("\\Z");
                    default -> out.append(c);
                }
            }
        }
        return out.append('\'').toString();
    }
}
