package dev.rotor.junit;

import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.lambda.FunctionDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RotorExtension#withConfig}: settings computed at run time, here a jar path from a system property. */
class RegisteredExtensionIT {

    @RegisterExtension
    static RotorExtension rotor = RotorExtension.withConfig(EmulatorConfig.defaults().withRegion("ap-south-1")
            .withFunction(FunctionDefinition.of("service-rotation", Path.of(System.getProperty("rotor.testFunctionsJar")),
                    "dev.rotor.testfunctions.ServiceRotation")));

    @Test
    void theRegisteredExtensionResolvesTheSameParameters(SecretsManagerClient secretsManager, Emulator emulator) {
        String arn = secretsManager.createSecret(r -> r.name("registered").secretString("v1")).arn();

        assertThat(arn).startsWith("arn:aws:secretsmanager:ap-south-1:");
        assertThat(emulator.config().functions()).extracting(FunctionDefinition::name)
                .containsExactly("service-rotation");
    }
}
