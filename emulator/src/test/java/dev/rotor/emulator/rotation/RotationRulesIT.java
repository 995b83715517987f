package dev.rotor.emulator.rotation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.admin.Fault;
import dev.rotor.emulator.it.EmulatorTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.RotationRulesType;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Spec 3.7.1, 3.7.3 and 3.7.4: validation, cancel, retries and schedules fired by the emulator's clock. */
class RotationRulesIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport(EmulatorConfig.defaults()
            .withFunction(RotationFixtures.service("service"))
            .withFunction(RotationFixtures.function("hangs", "HangingRotation", Map.of("HANG_AT_STEP", "setSecret"))
                    .withTimeout(Duration.ofSeconds(3)))
            .withFunction(RotationFixtures.function("flaky", "FailingRotation", Map.of("FAIL_AT_STEP", "testSecret")))
            .withRotation(RotationSettings.defaults().withRetries(2, Duration.ofMillis(100))));

    private final SecretsManagerClient sm = emulator.client();
    private final ControlPlane control = new ControlPlane(emulator.emulator().endpoint());

    private String arnOf(String function) {
        return "arn:aws:lambda:us-east-1:000000000000:function:" + function;
    }

    private static SecretsManagerException error(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        SecretsManagerException e = catchThrowableOfType(SecretsManagerException.class, call);
        assertThat(e).isNotNull();
        return e;
    }

    @Test
    void withoutAnyLambdaArnRotateSecretIsInvalidRequest() {
        String name = emulator.uniqueName("no-lambda");
        sm.createSecret(r -> r.name(name).secretString("v"));
        SecretsManagerException e = error(() -> sm.rotateSecret(r -> r.secretId(name)));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRequestException");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("No Lambda rotation function ARN is associated with this secret.");
    }

    @Test
    void anUnknownFunctionIsAccessDenied_andTheConfigurationIsNotSaved() {
        String name = emulator.uniqueName("unknown-fn");
        sm.createSecret(r -> r.name(name).secretString("v"));
        SecretsManagerException e = error(() -> sm.rotateSecret(r -> r.secretId(name)
                .rotationLambdaARN("arn:aws:lambda:us-east-1:000000000000:function:nope")
                .rotationRules(rr -> rr.automaticallyAfterDays(5L))));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Secrets Manager cannot invoke the specified Lambda"
                + " function. Ensure that the function policy grants access to the principal secretsmanager.amazonaws.com.");
        DescribeSecretResponse described = sm.describeSecret(r -> r.secretId(name));
        assertThat(described.rotationEnabled()).isNull();
        assertThat(described.rotationLambdaARN()).isNull();
        assertThat(described.rotationRules()).isNull();
    }

    @Test
    void daysAndAScheduleExpressionTogetherAreRefused_asAreBadExpressionsAndDurations() {
        String name = emulator.uniqueName("rules");
        sm.createSecret(r -> r.name(name).secretString("v"));
        assertThat(error(() -> sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf("service"))
                .rotationRules(rr -> rr.automaticallyAfterDays(1L).scheduleExpression("rate(4 hours)"))))
                .awsErrorDetails().errorMessage())
                .isEqualTo("You cannot specify both rotation frequency and schedule expression together.");
        for (String bad : new String[] {"rate(1 hours)", "cron(15 10 * * ? *)", "cron(0 10 * * * *)",
                "cron(0 10 ? * MON 2027)", "every day"}) {
            assertThat(error(() -> sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf("service"))
                    .rotationRules(rr -> rr.scheduleExpression(bad)))).awsErrorDetails().errorCode())
                    .as(bad).isEqualTo("InvalidParameterException");
        }
        assertThat(error(() -> sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf("service"))
                .rotationRules(rr -> rr.scheduleExpression("rate(4 hours)").duration("5h")))).awsErrorDetails()
                .errorCode()).isEqualTo("InvalidParameterException");
        assertThat(sm.describeSecret(r -> r.secretId(name)).rotationEnabled()).isNull();
    }

    @Test
    void aSecretScheduledForDeletionCannotBeRotated() {
        String name = emulator.uniqueName("deleted");
        sm.createSecret(r -> r.name(name).secretString("v"));
        sm.deleteSecret(r -> r.secretId(name));
        assertThat(error(() -> sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf("service"))))
                .awsErrorDetails().errorMessage())
                .isEqualTo("You can't perform this operation on the secret because it was marked for deletion.");
    }

    @Test
    void whileARotationRunsThePendingVersionIsListed_andAHungFunctionTimesOut() {
        String name = emulator.uniqueName("hang");
        sm.createSecret(r -> r.name(name).secretString("v"));
        String token = sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf("hangs"))).versionId();
        assertThat(sm.describeSecret(r -> r.secretId(name)).versionIdsToStages().get(token)).containsExactly("AWSPENDING");

        JsonNode record = control.awaitRotation(token);

        assertThat(record.path("status").asText()).isEqualTo("FAILED");
        assertThat(record.path("steps").get(1).path("errorMessage").asText()).contains("Task timed out after 3");
    }

    @Test
    void beforeCreateSecretTheAwsPendingPlaceholderIsNotReadable() {
        String name = emulator.uniqueName("placeholder");
        sm.createSecret(r -> r.name(name).secretString("v"));
        // a test rotation's copy is readable; a real rotation's placeholder is not, until createSecret fills it
        // three times: this class retries a failed rotation twice
        emulator.emulator().admin().armFault(new Fault.CannotRun(name, RotationStep.CREATE_SECRET, 3));
        String token = sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf("service"))).versionId();
        control.awaitRotation(token);
        SecretsManagerException e = error(() -> sm.getSecretValue(r -> r.secretId(name).versionId(token)
                .versionStage("AWSPENDING")));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
    }

    @Test
    void cancelTurnsRotationOff_stopsTheRunningRotation_andLeavesAwsPending() {
        String name = emulator.uniqueName("cancel");
        sm.createSecret(r -> r.name(name).secretString("v"));
        String token = sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf("hangs"))
                .rotationRules(rr -> rr.automaticallyAfterDays(7L))).versionId();

        var cancelled = sm.cancelRotateSecret(r -> r.secretId(name));

        assertThat(cancelled.versionId()).isEqualTo(token);
        DescribeSecretResponse described = sm.describeSecret(r -> r.secretId(name));
        assertThat(described.rotationEnabled()).isFalse();
        assertThat(described.rotationRules().automaticallyAfterDays()).isEqualTo(7L);
        assertThat(described.rotationLambdaARN()).isEqualTo(arnOf("hangs"));
        assertThat(described.nextRotationDate()).isNull();
        assertThat(described.versionIdsToStages().get(token)).containsExactly("AWSPENDING");
        assertThat(control.awaitRotation(token).path("status").asText()).isIn("CANCELLED", "FAILED");
    }

    @Test
    void afterCancelRotateSecret_describeLeavesOutBothRotationDates_listSecretsKeepsLastRotatedDate() {
        String name = emulator.uniqueName("cancel-dates");
        sm.createSecret(r -> r.name(name).secretString("v"));
        String token = sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf("service"))
                .rotationRules(rr -> rr.automaticallyAfterDays(7L))).versionId();
        assertThat(control.awaitRotation(token).path("status").asText()).isEqualTo("SUCCEEDED");
        DescribeSecretResponse rotated = sm.describeSecret(r -> r.secretId(name));
        assertThat(rotated.lastRotatedDate()).isNotNull();
        assertThat(rotated.nextRotationDate()).isNotNull();

        sm.cancelRotateSecret(r -> r.secretId(name));

        DescribeSecretResponse described = sm.describeSecret(r -> r.secretId(name));
        assertThat(described.rotationEnabled()).isFalse();
        assertThat(described.lastRotatedDate()).isNull();
        assertThat(described.nextRotationDate()).isNull();
        assertThat(described.rotationRules().automaticallyAfterDays()).isEqualTo(7L);
        assertThat(described.rotationLambdaARN()).isEqualTo(arnOf("service"));
        var listed = sm.listSecrets(r -> r.filters(f -> f.key("name").values(name))).secretList().get(0);
        assertThat(listed.rotationEnabled()).isFalse();
        assertThat(listed.lastRotatedDate()).isEqualTo(rotated.lastRotatedDate());
        assertThat(listed.nextRotationDate()).isNull();

        sm.rotateSecret(r -> r.secretId(name).rotateImmediately(false));
        waitUntilNoRotationRuns(rotated.arn());
        DescribeSecretResponse again = sm.describeSecret(r -> r.secretId(name));
        assertThat(again.rotationEnabled()).isTrue();
        assertThat(again.lastRotatedDate()).as("turning rotation back on shows the last rotation again")
                .isEqualTo(rotated.lastRotatedDate());
        assertThat(again.nextRotationDate()).isNotNull();
    }

    @Test
    void aFailedRotationIsRetriedWithTheSameToken() {
        String name = emulator.uniqueName("retry");
        sm.createSecret(r -> r.name(name).secretString("v"));
        String token = sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf("flaky"))).versionId();

        JsonNode record = control.awaitRotation(token);

        assertThat(record.path("status").asText()).isEqualTo("FAILED");
        assertThat(record.path("attempts").asInt()).isEqualTo(3);
        assertThat(record.path("steps")).hasSize(9);
        assertThat(sm.listSecretVersionIds(r -> r.secretId(name).includeDeprecated(true)).versions()).hasSize(2);
    }

    @Test
    void aScheduledRotationFiresOnceTheClockPassesNextRotationDate_andNotBefore() {
        String name = emulator.uniqueName("scheduled");
        String arn = sm.createSecret(r -> r.name(name).secretString("v")).arn();
        sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf("service"))
                .rotationRules(rr -> rr.automaticallyAfterDays(30L)).rotateImmediately(false));
        String initial = sm.getSecretValue(r -> r.secretId(name)).versionId();
        waitUntilNoRotationRuns(arn);

        JsonNode early = control.advanceClock("P29D");
        assertThat(early.path("rotationsStarted").toString()).doesNotContain(arn);
        assertThat(sm.getSecretValue(r -> r.secretId(name)).versionId()).isEqualTo(initial);

        JsonNode due = control.advanceClock("P2D");
        assertThat(due.path("rotationsStarted").toString()).contains(arn);
        String pending = sm.describeSecret(r -> r.secretId(name)).versionIdsToStages().entrySet().stream()
                .filter(e -> e.getValue().contains("AWSPENDING") || !e.getKey().equals(initial))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        assertThat(control.awaitRotation(pending).path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(sm.getSecretValue(r -> r.secretId(name)).versionId()).isNotEqualTo(initial);
    }

    @Test
    void aRateInDaysIsAlsoReportedAsAutomaticallyAfterDays_butAScheduleInHoursIsNot() {
        String name = emulator.uniqueName("rate-days");
        String arn = sm.createSecret(r -> r.name(name).secretString("v")).arn();
        sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf("service"))
                .rotationRules(rr -> rr.scheduleExpression("rate(10 days)")).rotateImmediately(false));
        waitUntilNoRotationRuns(arn);

        RotationRulesType described = sm.describeSecret(r -> r.secretId(name)).rotationRules();
        RotationRulesType listed = sm.listSecrets(r -> r.filters(f -> f.key("name").values(name))).secretList()
                .get(0).rotationRules();

        assertThat(described.scheduleExpression()).isEqualTo("rate(10 days)");
        assertThat(described.automaticallyAfterDays()).isEqualTo(10L);
        assertThat(listed).isEqualTo(described);

        sm.rotateSecret(r -> r.secretId(name).rotationRules(rr -> rr.scheduleExpression("rate(12 hours)"))
                .rotateImmediately(false));
        waitUntilNoRotationRuns(arn);
        RotationRulesType hours = sm.describeSecret(r -> r.secretId(name)).rotationRules();
        assertThat(hours.scheduleExpression()).isEqualTo("rate(12 hours)");
        assertThat(hours.automaticallyAfterDays()).isNull();
    }

    private void waitUntilNoRotationRuns(String arn) {
        for (JsonNode rotation : control.get("/_rotor/rotations?secret=" + arn).path("rotations")) {
            control.awaitRotation(rotation.path("id").asText());
        }
    }
}
