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

    /** The names, in the default order, of this test's secrets under {@code root} that pass an {@code all} filter. */
    private static List<String> all(String root, String... values) {
        List<Filter> filters = List.of(filter(FilterNameStringType.NAME, root + "/"),
                filter(FilterNameStringType.ALL, values));
        return emulator.client().listSecrets(r -> r.filters(filters)).secretList().stream()
                .map(SecretListEntry::name).map(n -> n.substring(root.length() + 1)).toList();
    }

    /** A name root whose own words (letters, then digits) cannot match the queries below. */
    private static String wordRoot() {
        return "words/" + Math.abs(java.util.UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L);
    }

    @Test
    void allMatchesWordPrefixesOfOneField_asRecordedAgainstAws() {
        SecretsManagerClient sm = emulator.client();
        String root = wordRoot();
        sm.createSecret(r -> r.name(root + "/SecretOne").secretString("s"));
        sm.createSecret(r -> r.name(root + "/SecretTwo").secretString("s").description("DescTwo"));
        sm.createSecret(r -> r.name(root + "/Thirdsecret").secretString("s"));
        sm.createSecret(r -> r.name(root + "/SecretFTag").secretString("s").tags(t -> t.key("1").value("foo")));
        sm.createSecret(r -> r.name(root + "/SecretFValue").secretString("s").tags(t -> t.key("foo").value("v")));
        sm.createSecret(r -> r.name(root + "/none").secretString("s"));

        assertThat(all(root, "SecretOne")).containsExactly("SecretOne");
        assertThat(all(root, "foo")).containsExactly("SecretFTag", "SecretFValue");
        assertThat(all(root, "Secret")).containsExactly("SecretOne", "SecretTwo", "SecretFTag", "SecretFValue");
        assertThat(all(root, "secret")).containsExactly("SecretOne", "SecretTwo", "SecretFTag", "SecretFValue");
        assertThat(all(root, "sec")).containsExactly("SecretOne", "SecretTwo", "SecretFTag", "SecretFValue");
        assertThat(all(root, "ret")).isEmpty();
        assertThat(all(root, "SomeSecret")).isEmpty();
        assertThat(all(root, "d")).containsExactly("SecretTwo");
        assertThat(all(root, "d t")).containsExactly("SecretTwo");
        assertThat(all(root, "t")).containsExactly("SecretTwo", "Thirdsecret", "SecretFTag");
    }

    @Test
    void allSplitsNamesAtEverySeparatorAndAtCaseChanges_andASeparatorAloneMatchesNothing() {
        SecretsManagerClient sm = emulator.client();
        String root = wordRoot();
        List<String> separated = List.of("prod/AppBeta/uq", "prod_AppBeta_uq", "prod+AppBeta+uq", "prod=AppBeta=uq",
                "prod.AppBeta.uq", "prod@AppBeta@uq", "prod-AppBeta-uq");
        separated.forEach(name -> sm.createSecret(r -> r.name(root + "/" + name).secretString("s")));
        sm.createSecret(r -> r.name(root + "/uat/COMPANY/uq").secretString("s"));
        sm.createSecret(r -> r.name(root + "/uat/COMPANYthings/uq").secretString("s"));

        assertThat(all(root, "AppBeta")).isEqualTo(separated);
        assertThat(all(root, "Beta")).isEqualTo(separated);
        assertThat(all(root, "AppBeta", "prod")).isEqualTo(separated);
        assertThat(all(root, "+")).isEmpty();
        assertThat(all(root, "uq")).hasSize(9);
        assertThat(all(root, "company")).containsExactly("uat/COMPANY/uq");
        assertThat(all(root, "things")).isEmpty();
        assertThat(all(root, "Ythings")).containsExactly("uat/COMPANYthings/uq");
        assertThat(all(root, "N")).isEmpty();
        assertThat(all(root, "pany")).isEmpty();
    }

    @Test
    void withoutSortByOrSortOrderSecretsComeInCreationOrder_oldestFirst() {
        SecretsManagerClient sm = emulator.client();
        String root = emulator.uniqueName("order");
        List<String> created = List.of("m", "z", "a", "q");
        created.forEach(n -> sm.createSecret(r -> r.name(root + "/" + n).secretString("s")));

        List<String> listed = sm.listSecrets(r -> r.filters(filter(FilterNameStringType.NAME, root + "/")))
                .secretList().stream().map(e -> e.name().substring(root.length() + 1)).toList();
        List<String> sortOrderOnly = sm.listSecrets(r -> r.filters(filter(FilterNameStringType.NAME, root + "/"))
                .sortOrder("desc")).secretList().stream().map(e -> e.name().substring(root.length() + 1)).toList();

        assertThat(listed).isEqualTo(created);
        assertThat(sortOrderOnly).containsExactly("q", "a", "z", "m");
    }

    @Test
    void aFilterWithoutKeyOrValuesIsInvalidParameterException_inListSecretsAndBatchGetSecretValue() {
        SecretsManagerClient sm = emulator.client();
        Filter noKey = Filter.builder().values("a").build();
        Filter noValues = Filter.builder().key(FilterNameStringType.NAME).build();

        assertAwsError(() -> sm.listSecrets(r -> r.filters(noKey)), "InvalidParameterException", "Invalid filter key");
        assertAwsError(() -> sm.batchGetSecretValue(r -> r.filters(noKey)), "InvalidParameterException",
                "Invalid filter key");
        assertAwsError(() -> sm.listSecrets(r -> r.filters(noValues)), "InvalidParameterException",
                "Invalid filter values for key: name");
        assertAwsError(() -> sm.batchGetSecretValue(r -> r.filters(noValues)), "InvalidParameterException",
                "Invalid filter values for key: name");
    }

    @Test
    void anUnknownFilterKeyIsAValidationErrorNamingTheFiltersPosition() {
        Filter colour = Filter.builder().key("colour").values("x").build();

        var e = assertAwsError(() -> emulator.client().listSecrets(r -> r.filters(filter(FilterNameStringType.NAME,
                "x"), colour)), "ValidationException");

        assertThat(e.awsErrorDetails().errorMessage()).startsWith("1 validation error detected: Value 'colour' at"
                + " 'filters.2.member.key' failed to satisfy constraint: Member must satisfy enum value set:");
    }

    @Test
    void aBadNextTokenIsInvalidNextTokenException() {
        assertAwsError(() -> emulator.client().listSecrets(r -> r.nextToken("not-a-token")), "InvalidNextTokenException");
    }
}
