package dev.rotor.functions.mysql.common;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The password statements of one server family; MySQL 8 and MariaDB differ where passwords are concerned. */
public sealed interface Dialect permits MySql8Dialect, MariaDbDialect {

    /** For logs: "MySQL 8" or "MariaDB". */
    String name();

    /** How this session's string literals are written (its sql_mode). */
    SqlText text();

    /** The logged-in user changes its own password. */
    SqlStatement setOwnPassword(String password);

    /** An admin creates an account with a password. */
    SqlStatement createUser(Account account, String password);

    /** An admin sets another account's password. */
    SqlStatement setPassword(Account account, String password);

    /**
     * The dialect for a server, from {@code SELECT VERSION()} and {@code @@SESSION.sql_mode}: MariaDB when the version
     * says so, MySQL 5.7 and later otherwise. Older MySQL is refused rather than guessed.
     */
    static Dialect forServer(String version, String sqlMode) {
        SqlText text = new SqlText(sqlMode != null
                && sqlMode.toUpperCase(Locale.ROOT).contains("NO_BACKSLASH_ESCAPES"));
        if (version.toLowerCase(Locale.ROOT).contains("mariadb")) {
            return new MariaDbDialect(text);
        }
        Matcher m = Pattern.compile("^(\\d+)\\.(\\d+)").matcher(version.trim());
        if (!m.find()) {
            throw new RotationFailedException("Unrecognised server version " + version);
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        if (major < 5 || (major == 5 && minor < 7)) {
            throw new RotationFailedException("MySQL " + version + " is not supported (5.7 or later required)");
        }
        return new MySql8Dialect(text);
    }
}
