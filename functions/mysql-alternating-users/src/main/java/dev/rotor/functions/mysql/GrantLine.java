package dev.rotor.functions.mysql;

import java.util.Optional;

/**
 * Re-targets one line of {@code SHOW GRANTS FOR current} at another account: the text before the grantee keyword
 * ({@code " TO "} of GRANT, {@code " FROM "} of a MySQL 8 partial REVOKE, {@code " FOR "} of MariaDB's
 * {@code SET DEFAULT ROLE}) is kept, the grantee replaced. What follows the grantee is dropped except
 * {@code WITH GRANT OPTION} / {@code WITH ADMIN OPTION}: in particular MariaDB's {@code IDENTIFIED BY PASSWORD
 * '<hash>'}, which would give the other user this user's password.
 */
public final class GrantLine {

    private static final String[] KEPT_SUFFIXES = {" WITH GRANT OPTION", " WITH ADMIN OPTION"};

    private GrantLine() {
    }

    /** The statement for {@code newGrantee} ({@code `user`@`host`}), or empty for a line that grants nothing. */
    public static Optional<String> retarget(String line, String newGrantee) {
        String trimmed = line.strip();
        String keyword = keywordFor(trimmed);
        if (keyword == null) {
            return Optional.empty();
        }
        int at = indexOutsideQuotes(trimmed, keyword);
        if (at < 0) {
            return Optional.empty();
        }
        StringBuilder statement = new StringBuilder(trimmed.substring(0, at)).append(keyword).append(newGrantee);
        for (String suffix : KEPT_SUFFIXES) {
            if (trimmed.endsWith(suffix)) {
                statement.append(suffix);
            }
        }
        return Optional.of(statement.toString());
    }

    private static String keywordFor(String line) {
        if (startsWithWord(line, "GRANT")) {
            return " TO ";
        }
        if (startsWithWord(line, "REVOKE")) {
            return " FROM ";
        }
        if (startsWithWord(line, "SET DEFAULT ROLE")) {
            return " FOR ";
        }
        return null;
    }

    private static boolean startsWithWord(String line, String word) {
        return line.regionMatches(true, 0, word, 0, word.length())
                && line.length() > word.length() && line.charAt(word.length()) == ' ';
    }

    // the first keyword not inside `identifier`, 'string' or "string" (doubled quotes stay inside)
    static int indexOutsideQuotes(String text, String keyword) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote != '`') {
                    i++; // a backslash-escaped character inside a string literal
                } else if (c == quote) {
                    quote = 0; // a doubled quote closes and reopens: same outcome
                }
            } else if (c == '`' || c == '\'' || c == '"') {
                quote = c;
            } else if (text.regionMatches(true, i, keyword, 0, keyword.length())) {
                return i;
            }
        }
        return -1;
    }
}
