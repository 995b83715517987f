package dev.rotor.functions.mysql;

import dev.rotor.functions.mysql.common.SqlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An account's TLS requirement as {@code mysql.user} stores it ({@code ssl_type}, {@code ssl_cipher},
 * {@code x509_issuer}, {@code x509_subject}), written back as the {@code REQUIRE} clause of ALTER USER.
 */
public record TlsRequirement(String sslType, String cipher, String issuer, String subject) {

    public static final String QUERY =
            "SELECT ssl_type, ssl_cipher, x509_issuer, x509_subject FROM mysql.user WHERE User = ? AND Host = ?";

    /** From one row of {@link #QUERY}; NULL columns read as empty. */
    public static TlsRequirement fromRow(List<String> row) {
        return new TlsRequirement(orEmpty(row.get(0)), orEmpty(row.get(1)), orEmpty(row.get(2)), orEmpty(row.get(3)));
    }

    /** {@code REQUIRE NONE | SSL | X509 | [CIPHER 'c'] [AND ISSUER 'i'] [AND SUBJECT 's']}. */
    public String requireClause(SqlText text) {
        switch (sslType.toUpperCase(Locale.ROOT)) {
            case "ANY":
                return "REQUIRE SSL";
            case "X509":
                return "REQUIRE X509";
            case "SPECIFIED":
                List<String> parts = new ArrayList<>();
                if (!cipher.isEmpty()) {
                    parts.add("CIPHER " + text.literal(cipher));
                }
                if (!issuer.isEmpty()) {
                    parts.add("ISSUER " + text.literal(issuer));
                }
                if (!subject.isEmpty()) {
                    parts.add("SUBJECT " + text.literal(subject));
                }
                return parts.isEmpty() ? "REQUIRE SSL" : "REQUIRE " + String.join(" AND ", parts);
            default:
                return "REQUIRE NONE";
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
