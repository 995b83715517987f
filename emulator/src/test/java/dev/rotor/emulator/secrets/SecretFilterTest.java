package dev.rotor.emulator.secrets;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SecretFilterTest {
    private static Secret secret(String name, String description, Tag... tags) {
        return new Secret(1, "arn", name, description, null, null, null, null, null, null, Rotation.NEVER_CONFIGURED,
                List.of(tags), null);
    }

    private static boolean all(String value, Secret secret) {
        return new SecretFilter("all", List.of(value)).matches(secret);
    }

    @Test
    void descriptionWordsMustEachPrefixAWordOfTheDescription() {
        SecretFilter filter = new SecretFilter("description", List.of("a secret"));
        assertThat(filter.matches(secret("x", "a secret"))).isTrue();
        assertThat(filter.matches(secret("x", "an Secret"))).isTrue();
        assertThat(filter.matches(secret("x", "asecret"))).isFalse();
    }

    @Test
    void valuesOfOneFilterAreAlternatives_andANegatedValueMustMatchNothing() {
        Secret beta = secret("beta", null, new Tag("Env", "prod"));
        assertThat(new SecretFilter("name", List.of("a", "b")).matches(beta)).isTrue();
        assertThat(new SecretFilter("name", List.of("!b")).matches(beta)).isFalse();
        assertThat(new SecretFilter("tag-key", List.of("!Env")).matches(beta)).isFalse();
        assertThat(new SecretFilter("tag-value", List.of("pr")).matches(beta)).isTrue();
    }

    @Test
    void allMatchesWordPrefixesNotSubstrings() {
        assertThat(all("Two", secret("SecretTwo", null))).isTrue();
        assertThat(all("ret", secret("SecretTwo", null))).isFalse();
        assertThat(all("secret", secret("Thirdsecret", null))).isFalse();
        assertThat(all("things", secret("uat/COMPANYthings/x", null))).isFalse();
        assertThat(all("Ythings", secret("uat/COMPANYthings/x", null))).isTrue();
    }

    @Test
    void allWithSeveralWordsNeedsEveryWordInOneField() {
        assertThat(all("d t", secret("x", "DescTwo"))).isTrue();
        assertThat(all("SomeSecret", secret("SecretOne", null))).isFalse();
        assertThat(all("alpha beta", secret("alpha", "beta"))).isFalse();
        assertThat(all("foo", secret("x", null, new Tag("1", "foo")))).isTrue();
    }

    @Test
    void aSeparatorAloneMatchesNothing() {
        assertThat(all("+", secret("prod+AppBeta+x", null))).isFalse();
        assertThat(new SecretFilter("description", List.of("-")).matches(secret("x", "a-b"))).isFalse();
    }
}
