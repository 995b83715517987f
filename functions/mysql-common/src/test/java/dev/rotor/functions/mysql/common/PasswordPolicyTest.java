package dev.rotor.functions.mysql.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.model.GetRandomPasswordRequest;

class PasswordPolicyTest {

    @Test
    void defaultsAreTheTemplates() {
        GetRandomPasswordRequest request = PasswordPolicy.from(new FunctionEnvironment(Map.of())).toRequest();

        assertThat(request.excludeCharacters()).isEqualTo("/@\"'\\");
        assertThat(request.passwordLength()).isEqualTo(32L);
        assertThat(request.excludeNumbers()).isFalse();
        assertThat(request.excludePunctuation()).isFalse();
        assertThat(request.excludeUppercase()).isFalse();
        assertThat(request.excludeLowercase()).isFalse();
        assertThat(request.requireEachIncludedType()).isTrue();
        assertThat(request.includeSpace()).isNull();
    }

    @Test
    void everyOptionComesFromItsVariable() {
        GetRandomPasswordRequest request = PasswordPolicy.from(new FunctionEnvironment(Map.of(
                "EXCLUDE_CHARACTERS", ":;", "PASSWORD_LENGTH", "64", "EXCLUDE_NUMBERS", "TRUE",
                "EXCLUDE_PUNCTUATION", "true", "EXCLUDE_UPPERCASE", "True", "EXCLUDE_LOWERCASE", "yes",
                "REQUIRE_EACH_INCLUDED_TYPE", "false"))).toRequest();

        assertThat(request.excludeCharacters()).isEqualTo(":;");
        assertThat(request.passwordLength()).isEqualTo(64L);
        assertThat(request.excludeNumbers()).isTrue();
        assertThat(request.excludePunctuation()).isTrue();
        assertThat(request.excludeUppercase()).isTrue();
        assertThat(request.excludeLowercase()).as("only 'true' counts, as in the templates").isFalse();
        assertThat(request.requireEachIncludedType()).isFalse();
    }

    @Test
    void anEmptyExcludeListExcludesNothing() {
        assertThat(PasswordPolicy.from(new FunctionEnvironment(Map.of("EXCLUDE_CHARACTERS", ""))).excludeCharacters())
                .isEmpty();
    }

    @Test
    void aNonNumericLengthFailsNamingTheVariable() {
        assertThatThrownBy(() -> PasswordPolicy.from(new FunctionEnvironment(Map.of("PASSWORD_LENGTH", "long"))))
                .hasMessageContaining("PASSWORD_LENGTH");
    }
}
