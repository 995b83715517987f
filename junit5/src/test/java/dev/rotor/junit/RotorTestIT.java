package dev.rotor.junit;

import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.admin.RotorAdmin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RotorTest}: the emulator, the client and the admin as parameters, state reset, a function from the annotation. */
@RotorTest(region = "eu-west-1", accountId = "123456789012", syncRotation = true,
        functions = @RotorFunction(name = "service-rotation", jar = "../test-functions/target/rotor-test-functions.jar",
                handler = "dev.rotor.testfunctions.ServiceRotation", environment = "NOTE=a,b=c", timeout = "20s"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RotorTestIT {

    private static Emulator started;

    @BeforeAll
    static void lifecycleMethodsGetTheEmulatorToo(Emulator emulator) {
        started = emulator;
    }

    @Test
    @Order(1)
    void theClientTalksToTheEmulatorOnAFreePortInTheAnnotationsRegion(SecretsManagerClient secretsManager,
                                                                       Emulator emulator) {
        String arn = secretsManager.createSecret(r -> r.name("left-behind").secretString("v1")).arn();

        assertThat(emulator).isSameAs(started);
        assertThat(emulator.port()).isPositive().isNotEqualTo(4566);
        assertThat(arn).startsWith("arn:aws:secretsmanager:eu-west-1:123456789012:secret:left-behind-");
    }

    @Test
    @Order(2)
    void eachTestStartsWithoutTheSecretsOfThePreviousOne(SecretsManagerClient secretsManager, RotorAdmin admin) {
        assertThat(secretsManager.listSecrets().secretList()).isEmpty();
        assertThat(admin.journal(0, 10)).isEmpty();
        assertThat(admin.functions()).extracting(f -> f.definition().name()).containsExactly("service-rotation");
    }

    @Test
    @Order(3)
    void theAnnotatedFunctionRotatesBeforeRotateSecretAnswers(SecretsManagerClient secretsManager, RotorAdmin admin) {
        secretsManager.createSecret(r -> r.name("service").secretString("first"));

        secretsManager.rotateSecret(r -> r.secretId("service")
                .rotationLambdaARN("arn:aws:lambda:eu-west-1:123456789012:function:service-rotation")
                .rotationRules(rules -> rules.automaticallyAfterDays(30L)));

        DescribeSecretResponse secret = secretsManager.describeSecret(r -> r.secretId("service"));
        assertThat(secret.lastRotatedDate()).as(() -> admin.invocations("service-rotation").toString()).isNotNull();
        assertThat(secretsManager.getSecretValue(r -> r.secretId("service")).secretString()).isNotEqualTo("first");
        assertThat(admin.functions().get(0).definition().environment()).containsEntry("NOTE", "a,b=c");
    }

    @Nested
    class NestedTests {
        @Test
        void shareTheOuterClassesEmulator(Emulator emulator, SecretsManagerClient secretsManager) {
            assertThat(emulator).isSameAs(started);
            assertThat(secretsManager.listSecrets().secretList()).isEmpty();
        }
    }
}
