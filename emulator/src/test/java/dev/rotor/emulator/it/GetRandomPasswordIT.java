package dev.rotor.emulator.it;

import dev.rotor.emulator.secrets.PasswordGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import static dev.rotor.emulator.it.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.12: GetRandomPassword options and defaults. */
class GetRandomPasswordIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport();

    private final SecretsManagerClient sm = emulator.client();

    @Test
    void theDefaultIsThirtyTwoCharactersWithEveryClassAndNoSpace() {
        for (int i = 0; i < 20; i++) {
            String password = sm.getRandomPassword(r -> { }).randomPassword();
            assertThat(password).hasSize(32).doesNotContain(" ");
            assertThat(password.chars()).anyMatch(Character::isUpperCase).anyMatch(Character::isLowerCase)
                    .anyMatch(Character::isDigit).anyMatch(c -> PasswordGenerator.PUNCTUATION.indexOf(c) >= 0);
        }
    }

    @Test
    void excludedCharactersNeverAppear() {
        String password = sm.getRandomPassword(r -> r.passwordLength(120L).excludeCharacters("xyzDje@?!.")).randomPassword();
        assertThat(password).hasSize(120);
        assertThat(password.chars()).noneMatch(c -> "xyzDje@?!.".indexOf(c) >= 0);
    }

    @Test
    void classesCanBeExcludedAndSpaceIncluded() {
        String password = sm.getRandomPassword(r -> r.passwordLength(200L).excludeNumbers(true)
                .excludePunctuation(true).excludeUppercase(true).includeSpace(true)).randomPassword();
        assertThat(password).matches("[a-z ]{200}").contains(" ");
    }

    @Test
    void aLengthShorterThanTheRequiredClassesIsInvalidParameter() {
        assertAwsError(() -> sm.getRandomPassword(r -> r.passwordLength(3L)), "InvalidParameterException");
        assertThat(sm.getRandomPassword(r -> r.passwordLength(3L).requireEachIncludedType(false)).randomPassword())
                .hasSize(3);
    }

    @Test
    void excludingEveryClassIsInvalidParameter_andTheLengthIsBounded() {
        assertAwsError(() -> sm.getRandomPassword(r -> r.excludeNumbers(true).excludePunctuation(true)
                .excludeUppercase(true).excludeLowercase(true)), "InvalidParameterException");
        assertAwsError(() -> sm.getRandomPassword(r -> r.passwordLength(4097L)), "ValidationException");
        assertAwsError(() -> sm.getRandomPassword(r -> r.passwordLength(0L)), "ValidationException");
    }
}
