package dev.rotor.emulator.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.Filter;
import software.amazon.awssdk.services.secretsmanager.model.FilterNameStringType;
import software.amazon.awssdk.services.secretsmanager.model.ListSecretsResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;

import java.util.ArrayList;
import java.util.List;

import static dev.rotor.emulator.it.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.10: ListSecrets filters (as recorded against AWS), sorting and pagination. */
class ListSecretsIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport();

    private static String prefix;

    @BeforeAll
    static void createSecrets() {
        SecretsManagerClient sm = emulator.client();
        prefix = emulator.uniqueName("ls");
        create(sm, prefix + "/a", "a secret", "env", "prod");
        create(sm, prefix + "/b", "an secret", "env", "dev");
        create(sm, prefix + "/c", "asecret", "team", "blue");
        create(sm, prefix + "/d", "thesecret", "team", "red");
    }

    private static void create(SecretsManagerClient sm, String name, String description, String key, String value) {
        sm.createSecret(r -> r.name(name).description(description).secretString("v").tags(t -> t.key(key).value(value)));
    }

    private static List<String> names(Filter... filters) {
        List<Filter> all = new ArrayList<>(List.of(filters));
        all.add(filter(FilterNameStringType.NAME, prefix));
        return emulator.client().listSecrets(r -> r.filters(all).sortBy("name").sortOrder("asc")).secretList().stream()
                .map(SecretListEntry::name).map(n -> n.substring(prefix.length() + 1)).toList();
    }

    private static Filter filter(FilterNameStringType key, String... values) {
        return Filter.builder().key(key).values(values).build();
    }

    @Test
    void descriptionMatchesWordPrefixesIgnoringCase() {
        assertThat(names(filter(FilterNameStringType.DESCRIPTION, "a"))).containsExactly("a", "b", "c");
        assertThat(names(filter(FilterNameStringType.DESCRIPTION, "A SECRET"))).containsExactly("a", "b");
    }

    @Test
    void aLeadingBangNegatesTheValue() {
        assertThat(names(filter(FilterNameStringType.DESCRIPTION, "!a"))).containsExactly("d");
        assertThat(names(filter(FilterNameStringType.DESCRIPTION, "!c"))).containsExactly("a", "b", "c", "d");
    }

    @Test
    void nameIsALiteralCaseSensitivePrefix() {
        assertThat(names(filter(FilterNameStringType.NAME, prefix + "/a"))).containsExactly("a");
        assertThat(names(filter(FilterNameStringType.NAME, prefix.toUpperCase()))).isEmpty();
    }

    @Test
    void tagKeysAndValuesMatchByPrefix() {
        assertThat(names(filter(FilterNameStringType.TAG_KEY, "te"))).containsExactly("c", "d");
        assertThat(names(filter(FilterNameStringType.TAG_VALUE, "pr", "re"))).containsExactly("a", "d");
    }

    @Test
    void severalFiltersMustAllMatch() {
        assertThat(names(filter(FilterNameStringType.DESCRIPTION, "a"), filter(FilterNameStringType.TAG_KEY, "team")))
                .containsExactly("c");
    }

    @Test
    void allSearchesEveryAttribute() {
        assertThat(names(filter(FilterNameStringType.ALL, "blue"))).containsExactly("c");
        assertThat(names(filter(FilterNameStringType.ALL, "THESECRET"))).containsExactly("d");
    }

    @Test
    void sortingByNameBothWays() {
        var filters = List.of(filter(FilterNameStringType.NAME, prefix));
        var desc = emulator.client().listSecrets(r -> r.filters(filters).sortBy("name").sortOrder("desc")).secretList();
        assertThat(desc).extracting(SecretListEntry::name).containsExactly(prefix + "/d", prefix + "/c", prefix + "/b",
                prefix + "/a");
    }

    @Test
    void paginationWalksEveryEntryOnce_andEntriesNeverCarryValues() {
        var filters = List.of(filter(FilterNameStringType.NAME, prefix));
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListSecretsResponse page = emulator.client().listSecrets(r -> r.filters(filters).maxResults(3).nextToken(next));
            assertThat(page.secretList().size()).isLessThanOrEqualTo(3);
            page.secretList().forEach(s -> {
                seen.add(s.name());
                assertThat(s.secretVersionsToStages()).hasSize(1);
            });
            token = page.nextToken();
        } while (token != null);
        assertThat(seen).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void aBadNextTokenIsInvalidNextTokenException() {
        assertAwsError(() -> emulator.client().listSecrets(r -> r.nextToken("not-a-token")), "InvalidNextTokenException");
    }
}
