package dev.rotor.functions.mysql.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DialectTest {

    private static final String MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,ERROR_FOR_DIVISION_BY_ZERO";

    @ParameterizedTest
    @ValueSource(strings = {"8.0.31", "8.0.36-0ubuntu0.22.04.1", "8.4.3", "9.1.0", "5.7.44-log", "8.0.28-google"})
    void mysqlVersionsGetTheMySql8Dialect(String version) {
        assertThat(Dialect.forServer(version, MODE)).isInstanceOf(MySql8Dialect.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.11.6-MariaDB-0+deb12u1", "11.4.2-MariaDB", "5.5.5-10.6.12-MariaDB-log",
            "10.4.34-mariadb"})
    void mariaDbVersionsGetTheMariaDbDialect(String version) {
        assertThat(Dialect.forServer(version, "")).isInstanceOf(MariaDbDialect.class);
    }

    @Test
    void oldOrUnknownServersAreRefused() {
        assertThatThrownBy(() -> Dialect.forServer("5.6.51", MODE)).hasMessageContaining("not supported");
        assertThatThrownBy(() -> Dialect.forServer("PostgreSQL 16", MODE)).hasMessageContaining("Unrecognised");
    }

    @Test
    void noBackslashEscapesInTheSqlModeChangesHowLiteralsAreWritten() {
        assertThat(Dialect.forServer("8.0.31", MODE).text().noBackslashEscapes()).isFalse();
        assertThat(Dialect.forServer("8.0.31", "NO_BACKSLASH_ESCAPES,STRICT_ALL_TABLES").text().noBackslashEscapes())
                .isTrue();
        assertThat(Dialect.forServer("10.11.6-MariaDB", "no_backslash_escapes").text().noBackslashEscapes()).isTrue();
        assertThat(Dialect.forServer("8.0.31", null).text().noBackslashEscapes()).isFalse();
    }

    @Test
    void mysql8ChangesPasswordsWithPlainLiterals() {
        Dialect mysql = Dialect.forServer("8.0.31", MODE);
        Account clone = Account.anyHost("app_clone");

        assertThat(mysql.setOwnPassword("p'w\\").sql()).isEqualTo("SET PASSWORD = 'p''w\\\\'");
        assertThat(mysql.createUser(clone, "pw").sql()).isEqualTo("CREATE USER `app_clone`@`%` IDENTIFIED BY 'pw'");
        assertThat(mysql.setPassword(clone, "pw").sql()).isEqualTo("ALTER USER `app_clone`@`%` IDENTIFIED BY 'pw'");
    }

    @Test
    void mariaDbWrapsPasswordsInPasswordFunction() {
        Dialect mariadb = Dialect.forServer("10.11.6-MariaDB", "");
        Account clone = Account.anyHost("app_clone");

        assertThat(mariadb.setOwnPassword("p'w").sql()).isEqualTo("SET PASSWORD = PASSWORD('p''w')");
        assertThat(mariadb.createUser(clone, "pw").sql()).isEqualTo("CREATE USER `app_clone`@`%` IDENTIFIED BY 'pw'");
        assertThat(mariadb.setPassword(clone, "pw").sql())
                .isEqualTo("SET PASSWORD FOR `app_clone`@`%` = PASSWORD('pw')");
    }

    @Test
    void passwordStatementsAreRedactedForLogsAndErrors() {
        for (Dialect dialect : new Dialect[] {Dialect.forServer("8.0.31", MODE), Dialect.forServer("11.4-MariaDB", "")}) {
            SqlStatement statement = dialect.setPassword(Account.anyHost("app"), "hunter2");

            assertThat(statement.holdsSecret()).isTrue();
            assertThat(statement.redacted()).contains("'***'").doesNotContain("hunter2");
            assertThat(statement.toString()).doesNotContain("hunter2");
            assertThat(dialect.setOwnPassword("hunter2").redacted()).doesNotContain("hunter2");
            assertThat(dialect.createUser(Account.anyHost("app"), "hunter2").redacted()).doesNotContain("hunter2");
        }
        assertThat(SqlStatement.plain("SELECT 1").holdsSecret()).isFalse();
    }
}
