package dev.rotor.functions.mysql.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SqlTextTest {

    /** Every punctuation character GetRandomPassword can produce, plus space (IncludeSpace). */
    static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    static final String NASTY = PUNCTUATION + " ";

    static Stream<String> passwords() {
        Stream<String> singles = NASTY.chars().mapToObj(c -> "a" + (char) c + "b");
        return Stream.concat(singles, Stream.of(NASTY, "\\", "'", "\\'", "''", "\\\\'", "'\\", "end\\",
                "%_\\%\\_", "x' OR '1'='1", "a'); DROP USER root; --", "\n\r\u001a\0"));
    }

    @ParameterizedTest
    @MethodSource("passwords")
    void theServerReadsBackExactlyThePasswordWithBackslashEscapes(String password) {
        String literal = new SqlText(false).literal(password);

        assertThat(MySqlLexer.readString(literal, false)).isEqualTo(password);
    }

    @ParameterizedTest
    @MethodSource("passwords")
    void theServerReadsBackExactlyThePasswordUnderNoBackslashEscapes(String password) {
        if (password.indexOf('\0') >= 0) {
            return; // refused in this mode, see below
        }
        String literal = new SqlText(true).literal(password);

        assertThat(MySqlLexer.readString(literal, true)).isEqualTo(password);
    }

    @Test
    void everyPunctuationCharacterIsWrittenAsExpected() {
        assertThat(new SqlText(false).literal(NASTY))
                .isEqualTo("'!\"#$%&''()*+,-./:;<=>?@[\\\\]^_`{|}~ '");
        assertThat(new SqlText(true).literal(NASTY))
                .isEqualTo("'!\"#$%&''()*+,-./:;<=>?@[\\]^_`{|}~ '");
    }

    @Test
    void identifiersAreBacktickQuotedWithBackticksDoubled() {
        assertThat(SqlText.identifier("app")).isEqualTo("`app`");
        assertThat(SqlText.identifier("a`b")).isEqualTo("`a``b`");
        assertThat(SqlText.identifier("it's \\ \"x\"")).isEqualTo("`it's \\ \"x\"`");
        assertThat(SqlText.account("app_clone", "%")).isEqualTo("`app_clone`@`%`");
        assertThat(new Account("we`ird", "10.0.%").sql()).isEqualTo("`we``ird`@`10.0.%`");
    }

    @Test
    void identifiersWithEveryPunctuationCharacterReadBack() {
        String quoted = SqlText.identifier(NASTY);

        assertThat(MySqlLexer.readIdentifier(quoted)).isEqualTo(NASTY);
    }

    /** MySQL's lexer rules for quoted strings and identifiers (sql/sql_lex.cc), enough to check round trips. */
    static final class MySqlLexer {

        static String readString(String literal, boolean noBackslashEscapes) {
            assertThat(literal).startsWith("'").endsWith("'").hasSizeGreaterThanOrEqualTo(2);
            StringBuilder out = new StringBuilder();
            int i = 1;
            int end = literal.length() - 1;
            while (i < end) {
                char c = literal.charAt(i);
                if (c == '\\' && !noBackslashEscapes) {
                    char next = literal.charAt(i + 1);
                    switch (next) {
                        case '0' -> out.append('\0');
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'b' -> out.append('\b');
                        case 'Z' -> out.append('\u001a');
                        case '%', '_' -> out.append('\\').append(next);
                        default -> out.append(next);
                    }
                    i += 2;
                } else if (c == '\'') {
                    // inside the literal a quote must be doubled; a lone quote would end the string early
                    assertThat(literal.charAt(i + 1)).as("lone quote at %d in %s", i, literal).isEqualTo('\'');
                    assertThat(i + 1).as("doubled quote runs into the closing quote").isLessThan(end);
                    out.append('\'');
                    i += 2;
                } else {
                    out.append(c);
                    i++;
                }
            }
            assertThat(i).as("the literal ends exactly at its closing quote").isEqualTo(end);
            return out.toString();
        }

        static String readIdentifier(String quoted) {
            assertThat(quoted).startsWith("`").endsWith("`");
            StringBuilder out = new StringBuilder();
            for (int i = 1; i < quoted.length() - 1; i++) {
                char c = quoted.charAt(i);
                if (c == '`') {
                    assertThat(quoted.charAt(i + 1)).isEqualTo('`');
                    i++;
                }
                out.append(c);
            }
            return out.toString();
        }
    }
}
