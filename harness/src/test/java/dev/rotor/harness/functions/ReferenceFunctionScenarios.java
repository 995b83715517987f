package dev.rotor.harness.functions;

import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.StepRecord;
import dev.rotor.harness.database.ContainerEngine;
import dev.rotor.harness.database.Engine;
import dev.rotor.harness.database.LoginResult;
import dev.rotor.harness.functions.RotorWithDatabase.DbUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static dev.rotor.harness.functions.RotorWithDatabase.STEPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The reference rotation functions run by Rotor (RotateSecret → child JVM under the Lambda RIC → real database), per
 * engine (one container per subclass) and per function. Every test makes its own users and secrets.
 *
 * <p>Functions registered: {@code <function>} (defaults), {@code <function>-broken} ({@code PASSWORD_LENGTH=0}:
 * createSecret's GetRandomPassword is refused, so a RotateSecret with it leaves only the AWSPENDING placeholder, the
 * way Secrets Manager leaves it when createSecret fails) and {@code <function>-punctuation} (only punctuation,
 * nothing excluded, 100 characters).
 */
@ExtendWith(ContainerEngine.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReferenceFunctionScenarios {
    /** Every character GetRandomPassword's punctuation class holds. */
    static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final String CURRENT = "AWSCURRENT";
    private static final String PENDING = "AWSPENDING";
    private static final String PREVIOUS = "AWSPREVIOUS";

    private RotorWithDatabase rotor;

    abstract Engine engine();

    @BeforeAll
    void startDatabaseAndEmulator() {
        ContainerEngine.require();
        EmulatorConfig config = EmulatorConfig.defaults();
        for (ReferenceFunction function : ReferenceFunction.values()) {
            config = config.withFunction(function.definition("", Map.of()))
                    .withFunction(function.definition("-broken", Map.of("PASSWORD_LENGTH", "0")))
                    .withFunction(function.definition("-punctuation", Map.of("EXCLUDE_CHARACTERS", "",
                            "EXCLUDE_NUMBERS", "true", "EXCLUDE_UPPERCASE", "true", "EXCLUDE_LOWERCASE", "true",
                            "PASSWORD_LENGTH", "100")));
        }
        rotor = RotorWithDatabase.start(engine(), config);
    }

    @AfterAll
    void stop() {
        if (rotor != null) {
            rotor.close();
        }
    }

    @ParameterizedTest
    @EnumSource(ReferenceFunction.class)
    void firstAndSecondRotation_andEveryStepRepeatedAfterAFinishedRotationChangesNothing(ReferenceFunction function)
            throws Exception {
        DbUser user = rotor.newUser();
        String arn = rotor.newSecret(function, user);
        String v0 = rotor.sm().describeSecret(r -> r.secretId(arn)).versionIdsToStages().keySet().iterator().next();
        Map<String, Object> initial = rotor.valueAt(arn, CURRENT);

        RotationRecord first = rotor.rotate(arn, function.id());
        assertSucceeded(first);
        assertRotated(function, arn, initial);
        Map<String, Object> afterFirst = rotor.valueAt(arn, CURRENT);
        assertThat(rotor.stages(arn)).containsEntry(first.versionId(), List.of(CURRENT))
                .containsEntry(v0, List.of(PREVIOUS));

        // Secrets Manager may invoke a step again (a lost response, a retry): with AWSCURRENT already on the token
        // every step is a no-op
        Map<String, List<String>> stagesBefore = rotor.stages(arn);
        for (String step : STEPS) {
            assertInvocationSucceeded(rotor.step(function.id(), step, arn, first.versionId()));
        }
        assertThat(rotor.stages(arn)).isEqualTo(stagesBefore);
        assertThat(rotor.valueAt(arn, CURRENT)).isEqualTo(afterFirst);
        assertThat(rotor.logsIn(afterFirst)).isTrue();

        RotationRecord second = rotor.rotate(arn, function.id());
        assertSucceeded(second);
        assertRotated(function, arn, afterFirst);
        Map<String, Object> afterSecond = rotor.valueAt(arn, CURRENT);
        assertThat(rotor.stages(arn)).containsEntry(second.versionId(), List.of(CURRENT))
                .containsEntry(first.versionId(), List.of(PREVIOUS));
        assertThat(rotor.stages(arn).getOrDefault(v0, List.of())).isEmpty();
        if (function.alternating()) {
            assertThat(afterFirst.get("username")).isEqualTo(user.name() + "_clone");
            assertThat(afterSecond.get("username")).as("the second rotation alternates back").isEqualTo(user.name());
        } else {
            assertRefused(initial);
        }
    }

    /**
     * Each step invoked twice with the same token, as Secrets Manager does when it retries a step. The rotation
     * starts with RotateSecret on the {@code -broken} copy, whose createSecret fails before storing anything: that
     * leaves exactly what Secrets Manager hands a function, a token whose version holds AWSPENDING and no value yet.
     * The steps are then driven by hand, each twice, and the second call must change nothing.
     */
    @ParameterizedTest
    @EnumSource(ReferenceFunction.class)
    void eachStepRetriedWithTheSameTokenChangesNothingTheSecondTime(ReferenceFunction function) throws Exception {
        DbUser user = rotor.newUser();
        String arn = rotor.newSecret(function, user);
        Map<String, Object> initial = rotor.valueAt(arn, CURRENT);

        RotationRecord broken = rotor.rotate(arn, function.id() + "-broken");
        assertThat(broken.status()).isEqualTo(RotationRecord.Status.FAILED);
        assertThat(broken.steps()).extracting(s -> s.step().wireName()).containsExactly("createSecret");
        String token = broken.versionId();
        assertThat(rotor.stages(arn).get(token)).containsExactly(PENDING);
        String fn = function.id();

        assertInvocationSucceeded(rotor.step(fn, "createSecret", arn, token));
        Map<String, Object> pending = rotor.valueOf(arn, token);
        int versions = rotor.sm().listSecretVersionIds(r -> r.secretId(arn)).versions().size();
        assertInvocationSucceeded(rotor.step(fn, "createSecret", arn, token));
        assertThat(rotor.valueOf(arn, token)).as("a retried createSecret keeps the pending value").isEqualTo(pending);
        assertThat(rotor.sm().listSecretVersionIds(r -> r.secretId(arn)).versions()).hasSize(versions);
        assertThat(pending.get("password")).isNotEqualTo(initial.get("password"));
        assertThat(rotor.logsIn(pending)).as("pending before setSecret").isFalse();

        assertInvocationSucceeded(rotor.step(fn, "setSecret", arn, token));
        assertThat(rotor.logsIn(pending)).isTrue();
        List<String> pendingGrants = rotor.grantsWithoutName((String) pending.get("username"));
        assertInvocationSucceeded(rotor.step(fn, "setSecret", arn, token));
        assertThat(rotor.logsIn(pending)).as("pending after the retried setSecret").isTrue();
        assertThat(rotor.grantsWithoutName((String) pending.get("username"))).isEqualTo(pendingGrants);
        assertThat(rotor.logsIn(initial)).as("current after setSecret").isEqualTo(function.alternating());

        assertInvocationSucceeded(rotor.step(fn, "testSecret", arn, token));
        assertInvocationSucceeded(rotor.step(fn, "testSecret", arn, token));

        assertInvocationSucceeded(rotor.step(fn, "finishSecret", arn, token));
        Map<String, List<String>> stages = rotor.stages(arn);
        // finishSecret moves AWSCURRENT only; AWSPENDING staying on the same version is what AWS documents
        // (RotateSecret: "the AWSPENDING staging label might be attached to the same version as AWSCURRENT")
        assertThat(stages.get(token)).contains(CURRENT).doesNotContain(PREVIOUS);
        assertInvocationSucceeded(rotor.step(fn, "finishSecret", arn, token));
        assertThat(rotor.stages(arn)).isEqualTo(stages);
        assertThat(rotor.valueAt(arn, CURRENT)).isEqualTo(pending);
        assertRotated(function, arn, initial);

        // and it does not hold up the next rotation
        assertSucceeded(rotor.rotate(arn, fn));
        assertRotated(function, arn, pending);
    }

    /**
     * setSecret fails (the account is locked: a database outage as far as the function can tell) after createSecret
     * stored the new password. AWSPENDING stays on that version and RotateSecret is refused while it does. Secrets
     * Manager's own retry reattempts the rotation with the same token: createSecret finds the pending value and
     * keeps it, and the remaining steps finish the rotation with the password stored by the failed attempt.
     */
    @ParameterizedTest
    @EnumSource(ReferenceFunction.class)
    void aPendingVersionLeftByAFailedRotation_isReusedWhenTheRotationIsReattemptedWithItsToken(
            ReferenceFunction function) throws Exception {
        DbUser user = rotor.newUser();
        String arn = rotor.newSecret(function, user);
        Map<String, Object> initial = rotor.valueAt(arn, CURRENT);

        String token = failAtSetSecret(function, arn, user);
        Map<String, Object> leftPending = rotor.valueOf(arn, token);

        rotor.unlockAccount(user.name());
        for (String step : STEPS) {
            assertInvocationSucceeded(rotor.step(function.id(), step, arn, token));
        }
        assertThat(rotor.stages(arn).get(token)).contains(CURRENT).doesNotContain(PREVIOUS);
        assertThat(rotor.valueAt(arn, CURRENT)).isEqualTo(leftPending);
        assertRotated(function, arn, initial);
    }

    /**
     * The same failed rotation, cleared the way AWS documents for RotateSecret/CancelRotateSecret: the user removes
     * AWSPENDING from the partially created version (UpdateSecretVersionStage) and calls RotateSecret again, which
     * starts a fresh rotation with a new token and a new password.
     */
    @ParameterizedTest
    @EnumSource(ReferenceFunction.class)
    void aPendingVersionLeftByAFailedRotation_isClearedByRemovingAwsPending_thenRotateSecretSucceeds(
            ReferenceFunction function) throws Exception {
        DbUser user = rotor.newUser();
        String arn = rotor.newSecret(function, user);
        Map<String, Object> initial = rotor.valueAt(arn, CURRENT);

        String token = failAtSetSecret(function, arn, user);
        Map<String, Object> leftPending = rotor.valueOf(arn, token);

        rotor.unlockAccount(user.name());
        rotor.sm().cancelRotateSecret(r -> r.secretId(arn));
        assertThat(rotor.sm().describeSecret(r -> r.secretId(arn)).rotationEnabled()).isFalse();
        rotor.sm().updateSecretVersionStage(r -> r.secretId(arn).versionStage(PENDING).removeFromVersionId(token));

        RotationRecord retried = rotor.rotate(arn, function.id());
        assertSucceeded(retried);
        assertThat(retried.versionId()).isNotEqualTo(token);
        assertThat(rotor.valueAt(arn, CURRENT).get("password")).isNotEqualTo(leftPending.get("password"));
        assertThat(rotor.stages(arn).getOrDefault(token, List.of())).isEmpty();
        assertThat(rotor.sm().describeSecret(r -> r.secretId(arn)).rotationEnabled()).isTrue();
        assertRotated(function, arn, initial);
    }

    /** Every step refuses a secret whose rotation is turned off (CancelRotateSecret), and changes nothing. */
    @ParameterizedTest
    @EnumSource(ReferenceFunction.class)
    void withRotationEnabledFalseEveryStepFails_andNothingChanges(ReferenceFunction function) throws Exception {
        DbUser user = rotor.newUser();
        String arn = rotor.newSecret(function, user);
        assertSucceeded(rotor.rotate(arn, function.id()));
        Map<String, Object> current = rotor.valueAt(arn, CURRENT);

        rotor.sm().cancelRotateSecret(r -> r.secretId(arn));
        assertThat(rotor.sm().describeSecret(r -> r.secretId(arn)).rotationEnabled()).isFalse();
        // a pending version as a rotation would have it, so only RotationEnabled stands in the way
        String token = UUID.randomUUID().toString();
        Map<String, Object> next = new HashMap<>(current);
        next.put("password", "Pending-" + UUID.randomUUID());
        rotor.sm().putSecretValue(r -> r.secretId(arn).clientRequestToken(token)
                .secretString(RotorWithDatabase.json(next)).versionStages(PENDING));
        Map<String, List<String>> stages = rotor.stages(arn);

        for (String step : STEPS) {
            Invocation invocation = rotor.step(function.id(), step, arn, token);
            assertThat(invocation.succeeded()).as(step).isFalse();
            assertThat(invocation.error().errorMessage()).as(step).contains("is not enabled for rotation");
        }
        assertThat(rotor.stages(arn)).isEqualTo(stages);
        assertThat(rotor.logsIn(current)).isTrue();
        assertThat(rotor.logsIn(next)).isFalse();
    }

    /** A token whose version lacks AWSPENDING (here AWSPREVIOUS), or that is no version, is refused by every step. */
    @ParameterizedTest
    @EnumSource(ReferenceFunction.class)
    void aTokenThatIsNotAwsPendingIsRefusedByEveryStep_andNothingChanges(ReferenceFunction function) throws Exception {
        DbUser user = rotor.newUser();
        String arn = rotor.newSecret(function, user);
        Map<String, Object> initial = rotor.valueAt(arn, CURRENT);
        assertSucceeded(rotor.rotate(arn, function.id()));
        Map<String, Object> current = rotor.valueAt(arn, CURRENT);
        Map<String, List<String>> stages = rotor.stages(arn);
        String previous = stages.entrySet().stream().filter(e -> e.getValue().contains(PREVIOUS))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        String unknown = UUID.randomUUID().toString();

        for (String step : STEPS) {
            Invocation notPending = rotor.step(function.id(), step, arn, previous);
            assertThat(notPending.succeeded()).as(step).isFalse();
            assertThat(notPending.error().errorMessage()).as(step).contains("not set as AWSPENDING");
            Invocation noVersion = rotor.step(function.id(), step, arn, unknown);
            assertThat(noVersion.succeeded()).as(step).isFalse();
            assertThat(noVersion.error().errorMessage()).as(step).contains("has no stage for rotation");
        }
        assertThat(rotor.stages(arn)).isEqualTo(stages);
        assertThat(rotor.logsIn(current)).isTrue();
        assertThat(rotor.logsIn(initial)).isEqualTo(function.alternating());
    }

    /**
     * Passwords of punctuation only, nothing excluded ({@code EXCLUDE_CHARACTERS} empty), so {@code '}, {@code \},
     * {@code "}, {@code `} and the rest reach the SQL literals and the JSON; rotates until every punctuation character
     * has been in a password that was set and logged in with (at most 8 rotations).
     */
    @ParameterizedTest
    @EnumSource(ReferenceFunction.class)
    void passwordsHoldingEveryPunctuationCharacterRotateEndToEnd(ReferenceFunction function) throws Exception {
        DbUser user = rotor.newUser();
        String arn = rotor.newSecret(function, user);
        Map<String, Object> before = rotor.valueAt(arn, CURRENT);
        Set<Character> seen = new TreeSet<>();
        Set<Character> all = new TreeSet<>();
        PUNCTUATION.chars().forEach(c -> all.add((char) c));
        int rotations = 0;
        while (!seen.containsAll(all) && rotations < 8) {
            assertSucceeded(rotor.rotate(arn, function.id() + "-punctuation"));
            rotations++;
            assertRotated(function, arn, before);
            before = rotor.valueAt(arn, CURRENT);
            String password = (String) before.get("password");
            assertThat(password).hasSize(100);
            password.chars().forEach(c -> assertThat(PUNCTUATION.indexOf(c)).as("%s is punctuation", (char) c)
                    .isNotNegative());
            password.chars().forEach(c -> seen.add((char) c));
        }
        System.out.printf("%s %s: every punctuation character used after %d rotations%n", engine(), function,
                rotations);
        assertThat(seen).containsAll(all);
    }

    /** Locks the user, runs RotateSecret (fails at setSecret), checks what is left; returns the pending token. */
    private String failAtSetSecret(ReferenceFunction function, String arn, DbUser user) throws Exception {
        Map<String, Object> initial = rotor.valueAt(arn, CURRENT);
        String v0 = rotor.stages(arn).keySet().iterator().next();
        rotor.lockAccount(user.name());
        RotationRecord failed = rotor.rotate(arn, function.id());
        assertThat(failed.status()).isEqualTo(RotationRecord.Status.FAILED);
        assertThat(failed.steps()).extracting(s -> s.step().wireName()).containsExactly("createSecret", "setSecret");
        assertThat(failed.steps().get(0).succeeded()).isTrue();
        assertThat(failed.steps().get(1).succeeded()).isFalse();
        String token = failed.versionId();
        assertThat(rotor.stages(arn)).containsEntry(token, List.of(PENDING)).containsEntry(v0, List.of(CURRENT));
        assertThat(rotor.valueAt(arn, CURRENT)).isEqualTo(initial);
        Map<String, Object> pending = rotor.valueOf(arn, token);
        assertThat(pending.get("password")).isNotEqualTo(initial.get("password"));

        InvalidRequestException again = catchThrowableOfType(InvalidRequestException.class,
                () -> rotor.sm().rotateSecret(r -> r.secretId(arn)));
        assertThat(again).as("RotateSecret while AWSPENDING is left").isNotNull();
        assertThat(again.awsErrorDetails().errorMessage()).contains("A previous rotation isn't complete");
        return token;
    }

    /**
     * After a rotation from {@code before}: AWSCURRENT logs in; AWSPREVIOUS is {@code before}; other keys carried
     * over; single user: same user, old password refused; alternating: the twin user, AWSPREVIOUS logs in too and
     * both users have the same grants.
     */
    private void assertRotated(ReferenceFunction function, String arn, Map<String, Object> before) {
        Map<String, Object> current = rotor.valueAt(arn, CURRENT);
        Map<String, Object> previous = rotor.valueAt(arn, PREVIOUS);
        assertThat(previous).isEqualTo(before);
        assertThat(current.get("password")).isNotEqualTo(before.get("password"));
        assertThat(withoutCredentials(current)).isEqualTo(withoutCredentials(before));
        assertThat(List.copyOf(current.keySet())).as("key order").isEqualTo(List.copyOf(before.keySet()));
        assertThat(rotor.logsIn(current)).as("AWSCURRENT logs in").isTrue();
        String beforeUser = (String) before.get("username");
        if (function.alternating()) {
            String twin = beforeUser.endsWith("_clone")
                    ? beforeUser.substring(0, beforeUser.length() - "_clone".length()) : beforeUser + "_clone";
            assertThat(current.get("username")).isEqualTo(twin);
            assertThat(rotor.logsIn(previous)).as("AWSPREVIOUS logs in").isTrue();
            List<String> grants = rotor.grantsWithoutName(twin);
            assertThat(grants).as("grants of %s", twin).isEqualTo(rotor.grantsWithoutName(beforeUser))
                    .anyMatch(g -> g.contains(".* TO `USER`@"))
                    .anyMatch(g -> g.contains("(`id`)"));
        } else {
            assertThat(current.get("username")).isEqualTo(beforeUser);
            assertRefused(previous);
        }
    }

    private void assertRefused(Map<String, Object> value) {
        LoginResult login = rotor.admin().login((String) value.get("username"), (String) value.get("password"));
        assertThat(login).as("the old password").isInstanceOf(LoginResult.Refused.class);
    }

    private static Map<String, Object> withoutCredentials(Map<String, Object> value) {
        Map<String, Object> rest = new HashMap<>(value);
        rest.remove("username");
        rest.remove("password");
        return rest;
    }

    private static void assertSucceeded(RotationRecord record) {
        assertThat(record.status()).as("rotation %s: %s, steps %s", record.versionId(), record.error(),
                record.steps()).isEqualTo(RotationRecord.Status.SUCCEEDED);
        assertThat(record.steps()).extracting(s -> s.step().wireName()).containsExactlyElementsOf(STEPS);
    }

    private static void assertInvocationSucceeded(Invocation invocation) {
        assertThat(invocation.succeeded()).as("%s: %s%n%s", invocation.outcome(), invocation.error(),
                invocation.logs()).isTrue();
    }
}
