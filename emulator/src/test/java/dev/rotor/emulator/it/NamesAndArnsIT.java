package dev.rotor.emulator.it;

import dev.rotor.emulator.EmulatorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import static dev.rotor.emulator.it.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 2.1-2.3: ARNs, name rules and SecretId resolution by name, full ARN and partial ARN. */
class NamesAndArnsIT {
    private static final String INVALID_NAME = "Invalid name. Must be a valid name containing alphanumeric characters,"
            + " or any of the following: -/_+=.@!";

    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport(EmulatorConfig.defaults()
            .withRegion("eu-west-2").withAccountId("123456789012"));

    private final SecretsManagerClient sm = emulator.client();

    @Test
    void theArnCarriesRegionAccountNameAndASixCharacterSuffix() {
        String name = emulator.uniqueName("arn");
        String arn = sm.createSecret(r -> r.name(name).secretString("v")).arn();
        assertThat(arn).matches("arn:aws:secretsmanager:eu-west-2:123456789012:secret:" + name + "-[A-Za-z0-9]{6}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "star*", "bang!", "back\\slash", "brace]"})
    void aNameWithOtherCharactersIsValidationExceptionWithAwsMessage(String bad) {
        assertAwsError(() -> sm.createSecret(r -> r.name(bad).secretString("v")), "ValidationException", INVALID_NAME);
        assertAwsError(() -> sm.getSecretValue(r -> r.secretId(bad)), "ValidationException", INVALID_NAME);
        assertAwsError(() -> sm.describeSecret(r -> r.secretId(bad)), "ValidationException", INVALID_NAME);
    }

    @Test
    void everyAllowedCharacterIsAccepted_includingANameThatEndsLikeAnArnSuffix() {
        String name = "Valid/_+=.@-Name-" + emulator.uniqueName("x") + "-a1b2c3";
        assertThat(sm.createSecret(r -> r.name(name).secretString("v")).name()).isEqualTo(name);
    }

    @Test
    void aSecretIsFoundByNameFullArnAndPartialArn() {
        String name = emulator.uniqueName("Valid/_+=.@-Name");
        String arn = sm.createSecret(r -> r.name(name).secretString("v")).arn();
        String partial = arn.substring(0, arn.length() - 7);
        assertThat(sm.getSecretValue(r -> r.secretId(name)).arn()).isEqualTo(arn);
        assertThat(sm.getSecretValue(r -> r.secretId(arn)).arn()).isEqualTo(arn);
        assertThat(sm.getSecretValue(r -> r.secretId(partial)).arn()).isEqualTo(arn);
    }

    @Test
    void aPartialArnOfANameEndingInHyphenAndSixCharactersIsNotFound() {
        String name = emulator.uniqueName("tricky") + "-a1b2c3";
        String arn = sm.createSecret(r -> r.name(name).secretString("v")).arn();
        String partial = arn.substring(0, arn.length() - 7);
        assertAwsError(() -> sm.getSecretValue(r -> r.secretId(partial)), "ResourceNotFoundException",
                "Secrets Manager can't find the specified secret.");
        assertThat(sm.getSecretValue(r -> r.secretId(arn)).secretString()).isEqualTo("v");
    }

    @Test
    void anArnFromAnotherAccountOrRegionIsNotFound() {
        String name = emulator.uniqueName("other-account");
        String arn = sm.createSecret(r -> r.name(name).secretString("v")).arn();
        assertAwsError(() -> sm.getSecretValue(r -> r.secretId(arn.replace("123456789012", "999999999999"))),
                "ResourceNotFoundException");
        String partial = arn.substring(0, arn.length() - 7).replace("eu-west-2", "us-east-1");
        assertAwsError(() -> sm.getSecretValue(r -> r.secretId(partial)), "ResourceNotFoundException");
    }
}
