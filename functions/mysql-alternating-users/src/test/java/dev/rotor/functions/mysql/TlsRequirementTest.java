package dev.rotor.functions.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.functions.mysql.common.SqlText;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TlsRequirementTest {

    private final SqlText text = new SqlText(false);

    @Test
    void noRequirementIsWrittenAsRequireNone() {
        assertThat(TlsRequirement.fromRow(Arrays.asList("", "", "", "")).requireClause(text)).isEqualTo("REQUIRE NONE");
        assertThat(TlsRequirement.fromRow(Arrays.asList(null, null, null, null)).requireClause(text))
                .isEqualTo("REQUIRE NONE");
    }

    @Test
    void anyIsRequireSslAndX509IsRequireX509() {
        assertThat(TlsRequirement.fromRow(Arrays.asList("ANY", "", "", "")).requireClause(text))
                .isEqualTo("REQUIRE SSL");
        assertThat(TlsRequirement.fromRow(Arrays.asList("X509", "", "", "")).requireClause(text))
                .isEqualTo("REQUIRE X509");
    }

    @Test
    void specifiedListsCipherIssuerAndSubjectAsQuotedLiterals() {
        TlsRequirement requirement = TlsRequirement.fromRow(Arrays.asList("SPECIFIED", "ECDHE-RSA-AES256-GCM-SHA384",
                "/CN=Rotor CA/O=O'Brien", "/CN=app"));

        assertThat(requirement.requireClause(text)).isEqualTo("REQUIRE CIPHER 'ECDHE-RSA-AES256-GCM-SHA384' AND "
                + "ISSUER '/CN=Rotor CA/O=O''Brien' AND SUBJECT '/CN=app'");
    }

    @Test
    void specifiedWithOnlyASubject() {
        assertThat(TlsRequirement.fromRow(Arrays.asList("SPECIFIED", "", "", "/CN=app")).requireClause(text))
                .isEqualTo("REQUIRE SUBJECT '/CN=app'");
    }
}
