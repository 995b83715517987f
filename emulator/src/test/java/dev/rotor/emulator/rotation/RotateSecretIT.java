package dev.rotor.emulator.rotation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.it.EmulatorTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Spec 3.7: RotateSecret runs the real rotation function, step by step, through the SDK. */
class RotateSecretIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport(EmulatorConfig.defaults()
            .withFunction(RotationFixtures.service("service"))
            .withFunction(RotationFixtures.service("other-service"))
            .withFunction(RotationFixtures.function("fails-at-set", "FailingRotation", Map.of("FAIL_AT_STEP", "setSecret")))
            .withFunction(RotationFixtures.function("exits", "ExitingFunction", Map.of()))
            .withFunction(RotationFixtures.function("ctor-fails", "ConstructorFails", Map.of()))
            .withFunction(RotationFixtures.function("no-handler", "NoSuchClass", Map.of()))
            .withFunction(RotationFixtures.function("floods", "Flood", Map.of("FLOOD_MB", "20"))));

    private final SecretsManagerClient sm = emulator.client();
    private final ControlPlane control = new ControlPlane(emulator.emulator().endpoint());

    private String arnOf(String function) {
        return "arn:aws:lambda:us-east-1:000000000000:function:" + function;
    }

    @Test
    void aRotationRunsTheFourStepsInOrder_andMovesAwsCurrentToTheNewVersion() {
        String name = emulator.uniqueName("rotate");
        String v1 = sm.createSecret(r -> r.name(name).secretString("initial")).versionId();

        var started = sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf("service"))
                .rotationRules(rr -> rr.automaticallyAfterDays(30L)));
        JsonNode record = control.awaitRotation(started.versionId());

        assertThat(record.path("status").asText()).isEqualTo("SUCCEEDED");
        List<String> steps = new ArrayList<>();
        record.path("steps").forEach(s -> steps.add(s.path("step").asText()));
        assertThat(steps).containsExactly("createSecret", "setSecret", "testSecret", "finishSecret");
        DescribeSecretResponse described = sm.describeSecret(r -> r.secretId(name));
        assertThat(described.rotationEnabled()).isTrue();
        assertThat(described.rotationLambdaARN()).isEqualTo(arnOf("service"));
        assertThat(described.lastRotatedDate()).isNotNull();
        assertThat(described.nextRotationDate()).isAfter(described.lastRotatedDate().plus(Duration.ofDays(29)));
        assertThat(described.versionIdsToStages().get(started.versionId())).containsExactly("AWSCURRENT");
        assertThat(described.versionIdsToStages().get(v1)).containsExactly("AWSPREVIOUS");
        assertThat(sm.getSecretValue(r -> r.secretId(name)).secretString()).isNotEqualTo("initial").hasSize(32);
    }

    @Test
    void theJournalShowsEveryStepInOrder_andTheLabelRulesHoldAtEveryEvent() {
        String name = emulator.uniqueName("journal");
        String arn = sm.createSecret(r -> r.name(name).secretString("initial")).arn();
        String token = sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf("service"))).versionId();
        control.awaitRotation(token);

        List<String> kinds = new ArrayList<>();
        for (JsonNode event : control.journal(arn)) {
            String type = event.path("type").asText();
            kinds.add(type.startsWith("ROTATION_STEP") ? type + ":" + event.path("detail").path("step").asText() : type);
            assertLabelRules(event);
        }
        assertThat(kinds).containsSubsequence("ROTATION_REQUESTED", "ROTATION_STARTED",
                "ROTATION_STEP_INVOKED:createSecret", "VERSION_VALUE_STORED", "ROTATION_STEP_SUCCEEDED:createSecret",
                "ROTATION_STEP_INVOKED:setSecret", "ROTATION_STEP_SUCCEEDED:setSecret",
                "ROTATION_STEP_INVOKED:testSecret", "ROTATION_STEP_SUCCEEDED:testSecret",
                "ROTATION_STEP_INVOKED:finishSecret", "LABEL_MOVED", "ROTATION_STEP_SUCCEEDED:finishSecret",
                "ROTATION_SUCCEEDED");
        assertThat(kinds).doesNotContain("ROTATION_FAILED");
    }

    private static void assertLabelRules(JsonNode event) {
        JsonNode stages = event.path("stages");
        Set<String> seen = new HashSet<>();
        int current = 0;
        for (var versions = stages.fields(); versions.hasNext(); ) {
            for (JsonNode label : versions.next().getValue()) {
                assertThat(seen.add(label.asText())).as("label %s on one version at event %s", label, event).isTrue();
                current += label.asText().equals("AWSCURRENT") ? 1 : 0;
            }
        }
        if (stages.size() > 0) {
            assertThat(current).as("exactly one AWSCURRENT at event %s", event).isEqualTo(1);
        }
    }

    @Test
    void aFailingStepStopsTheRotation_leavingAwsPendingAndTheCurrentValueInPlace() {
        String name = emulator.uniqueName("fails");
        String v1 = sm.createSecret(r -> r.name(name).secretString("initial")).versionId();
        String token = sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf("fails-at-set"))).versionId();

        JsonNode record = control.awaitRotation(token);

        assertThat(record.path("status").asText()).isEqualTo("FAILED");
        JsonNode failed = record.path("steps").get(1);
        assertThat(failed.path("step").asText()).isEqualTo("setSecret");
        assertThat(failed.path("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(failed.path("errorMessage").asText()).contains("Failing on purpose at step setSecret");
        assertThat(record.path("steps")).hasSize(2);
        var stages = sm.describeSecret(r -> r.secretId(name)).versionIdsToStages();
        assertThat(stages.get(v1)).containsExactly("AWSCURRENT");
        assertThat(stages.get(token)).containsExactly("AWSPENDING");
        assertThat(sm.describeSecret(r -> r.secretId(name)).lastRotatedDate()).isNull();

        SecretsManagerException again = catchThrowableOfType(SecretsManagerException.class,
                () -> sm.rotateSecret(r -> r.secretId(name)));
        assertThat(again.awsErrorDetails().errorMessage())
                .isEqualTo("A previous rotation isn't complete. That rotation will be reattempted.");
    }

    @Test
    void aFunctionThatExitsFailsTheStep_andTheEmulatorCarriesOn() {
        String name = emulator.uniqueName("exits");
        sm.createSecret(r -> r.name(name).secretString("initial"));
        String token = sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf("exits"))).versionId();
        JsonNode record = control.awaitRotation(token);
        assertThat(record.path("status").asText()).isEqualTo("FAILED");
        assertThat(record.path("error").asText()).contains("createSecret failed");
        assertThat(sm.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("initial");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {2}")
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            ctor-fails, createSecret, cannot initialise
            no-handler, createSecret, NoSuchClass
            floods,     finishSecret, AWSCURRENT is not on version
            """)
    void aBrokenFunctionFailsItsRotationCleanly_andTheEmulatorKeepsServing(String function, String step, String why) {
        String name = emulator.uniqueName(function);
        sm.createSecret(r -> r.name(name).secretString("initial"));
        String token = sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf(function))).versionId();

        JsonNode record = control.awaitRotation(token);

        assertThat(record.path("status").asText()).isEqualTo("FAILED");
        assertThat(record.toString()).contains(why);
        assertThat(record.path("steps").get(record.path("steps").size() - 1).path("step").asText()).isEqualTo(step);
        assertThat(sm.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("initial");
        assertThat(sm.describeSecret(r -> r.secretId(name)).versionIdsToStages().get(token)).containsExactly("AWSPENDING");
    }

    @Test
    void rotateImmediatelyFalseRunsOnlyTestSecretAgainstATemporaryCopy_thenRemovesIt() {
        String name = emulator.uniqueName("test-only");
        String v1 = sm.createSecret(r -> r.name(name).secretString("initial")).versionId();
        String token = sm.rotateSecret(r -> r.secretId(name).rotationLambdaARN(arnOf("service"))
                .rotationRules(rr -> rr.scheduleExpression("rate(10 days)")).rotateImmediately(false)).versionId();

        JsonNode record = control.awaitRotation(token);

        assertThat(record.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(record.path("steps")).hasSize(1);
        assertThat(record.path("steps").get(0).path("step").asText()).isEqualTo("testSecret");
        var versions = sm.listSecretVersionIds(r -> r.secretId(name).includeDeprecated(true)).versions();
        assertThat(versions).extracting(v -> v.versionId()).containsExactly(v1);
        DescribeSecretResponse described = sm.describeSecret(r -> r.secretId(name));
        assertThat(described.rotationEnabled()).isTrue();
        assertThat(described.rotationRules().scheduleExpression()).isEqualTo("rate(10 days)");
        assertThat(described.lastRotatedDate()).isNull();
        assertThat(described.nextRotationDate()).isNotNull();
    }

    @Test
    void twoFunctionsRotatingTwoSecretsInParallelStayIsolated() {
        String a = emulator.uniqueName("parallel-a");
        String b = emulator.uniqueName("parallel-b");
        sm.createSecret(r -> r.name(a).secretString("a"));
        sm.createSecret(r -> r.name(b).secretString("b"));
        var ta = CompletableFuture.supplyAsync(() -> sm.rotateSecret(r -> r.secretId(a)
                .rotationLambdaARN(arnOf("service"))).versionId());
        var tb = CompletableFuture.supplyAsync(() -> sm.rotateSecret(r -> r.secretId(b)
                .rotationLambdaARN(arnOf("other-service"))).versionId());

        JsonNode ra = control.awaitRotation(ta.join());
        JsonNode rb = control.awaitRotation(tb.join());

        assertThat(ra.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(rb.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(ra.path("functionArn").asText()).endsWith(":service");
        assertThat(rb.path("functionArn").asText()).endsWith(":other-service");
        assertThat(sm.getSecretValue(r -> r.secretId(a)).versionId()).isEqualTo(ta.join());
        assertThat(sm.getSecretValue(r -> r.secretId(b)).versionId()).isEqualTo(tb.join());
    }
}
