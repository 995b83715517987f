package dev.rotor.emulator.secrets;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SecretFilterTest {
    private static Secret secret(String name, String description) {
        return new Secret(1, "arn", name, description, null, null, null, null, null, null, Rotation.NEVER_CONFIGURED,
                List.of(new Tag("Env", "prod")), null);
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
        assertThat(new SecretFilter("name", List.of("a", "b")).matches(secret("beta", null))).isTrue();
        assertThat(new SecretFilter("name", List.of("!b")).matches(secret("beta", null))).isFalse();
        assertThat(new SecretFilter("tag-key", List.of("!Env")).matches(secret("beta", null))).isFalse();
        assertThat(new SecretFilter("tag-value", List.of("pr")).matches(secret("beta", null))).isTrue();
    }
}
