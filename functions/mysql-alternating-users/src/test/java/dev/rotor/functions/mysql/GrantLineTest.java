package dev.rotor.functions.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrantLineTest {

    private static final String CLONE = "`app_clone`@`%`";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // MySQL 8
        "GRANT USAGE ON *.* TO `app`@`%`|GRANT USAGE ON *.* TO `app_clone`@`%`",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON `shop`.* TO `app`@`%`"
            + "|GRANT SELECT, INSERT, UPDATE, DELETE ON `shop`.* TO `app_clone`@`%`",
        "GRANT ALL PRIVILEGES ON `shop`.* TO `app`@`%` WITH GRANT OPTION"
            + "|GRANT ALL PRIVILEGES ON `shop`.* TO `app_clone`@`%` WITH GRANT OPTION",
        "GRANT SELECT (`id`, `name`) ON `shop`.`customers` TO `app`@`%`"
            + "|GRANT SELECT (`id`, `name`) ON `shop`.`customers` TO `app_clone`@`%`",
        "GRANT APPLICATION_PASSWORD_ADMIN,XA_RECOVER_ADMIN ON *.* TO `app`@`%`"
            + "|GRANT APPLICATION_PASSWORD_ADMIN,XA_RECOVER_ADMIN ON *.* TO `app_clone`@`%`",
        "GRANT `reader`@`%`,`writer`@`%` TO `app`@`%`|GRANT `reader`@`%`,`writer`@`%` TO `app_clone`@`%`",
        "GRANT `admin_role`@`%` TO `app`@`%` WITH ADMIN OPTION"
            + "|GRANT `admin_role`@`%` TO `app_clone`@`%` WITH ADMIN OPTION",
        "REVOKE INSERT ON `mysql`.* FROM `app`@`%`|REVOKE INSERT ON `mysql`.* FROM `app_clone`@`%`",
        // identifiers holding the keyword are not the keyword
        "GRANT SELECT ON `back TO school`.* TO `app`@`%`|GRANT SELECT ON `back TO school`.* TO `app_clone`@`%`",
        "GRANT SELECT ON `a``b TO c`.* TO `app`@`%`|GRANT SELECT ON `a``b TO c`.* TO `app_clone`@`%`",
        // MySQL 5.7 quoting
        "GRANT SELECT ON `shop`.* TO 'app'@'%'|GRANT SELECT ON `shop`.* TO `app_clone`@`%`",
        // MariaDB
        "GRANT USAGE ON *.* TO `app`@`%` IDENTIFIED BY PASSWORD '*94BDCEBE19083CE2A1F959FD02F964C7AF4CFC29'"
            + "|GRANT USAGE ON *.* TO `app_clone`@`%`",
        "GRANT ALL PRIVILEGES ON *.* TO `app`@`%` IDENTIFIED BY PASSWORD '*94BDCEBE19083CE2A1F959FD02F964C7AF4CFC29'"
            + " WITH GRANT OPTION|GRANT ALL PRIVILEGES ON *.* TO `app_clone`@`%` WITH GRANT OPTION",
        "GRANT USAGE ON *.* TO `app`@`%` IDENTIFIED VIA ed25519 USING 'ZIgUREUg5PVgQ6LskhXmO+eZLS0nC8be6HPjYWR4YJY'"
            + "|GRANT USAGE ON *.* TO `app_clone`@`%`",
        "GRANT SELECT, INSERT ON `shop`.* TO `app`@`%`|GRANT SELECT, INSERT ON `shop`.* TO `app_clone`@`%`",
        "GRANT `reader` TO `app`@`%`|GRANT `reader` TO `app_clone`@`%`",
        "SET DEFAULT ROLE `reader` FOR `app`@`%`|SET DEFAULT ROLE `reader` FOR `app_clone`@`%`",
    })
    void aShowGrantsLineIsRetargetedAtTheOtherUser(String line, String expected) {
        assertThat(GrantLine.retarget(line, CLONE)).contains(expected);
    }

    @Test
    void theMariaDbPasswordHashIsNeverCopied() {
        String line = "GRANT USAGE ON *.* TO `app`@`%` IDENTIFIED BY PASSWORD '*94BDCEBE19083CE2A1F959FD02F964C7AF4CFC29'";

        assertThat(GrantLine.retarget(line, CLONE).orElseThrow()).doesNotContain("IDENTIFIED", "94BDCE");
    }

    @Test
    void linesThatGrantNothingAreSkipped() {
        assertThat(GrantLine.retarget("", CLONE)).isEmpty();
        assertThat(GrantLine.retarget("-- comment", CLONE)).isEmpty();
        assertThat(GrantLine.retarget("GRANTED", CLONE)).isEmpty();
        assertThat(GrantLine.retarget("GRANT SELECT ON `x TO y`.*", CLONE)).isEmpty();
    }

    @Test
    void theKeywordIsFoundOutsideQuotesOnly() {
        assertThat(GrantLine.indexOutsideQuotes("GRANT X ON `a TO b`.* TO u", " TO ")).isEqualTo(21);
        assertThat(GrantLine.indexOutsideQuotes("'it\\' TO ' TO u", " TO ")).isEqualTo(10);
        assertThat(GrantLine.indexOutsideQuotes("grant x on y.* to u", " TO ")).isEqualTo(14);
    }
}
