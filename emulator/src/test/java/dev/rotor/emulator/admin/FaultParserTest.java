package dev.rotor.emulator.admin;

import dev.rotor.emulator.rotation.RotationStep;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Faults as scenarios spell them, read into their records; bad spellings refused naming the field. */
class FaultParserTest {
    private static final String SECRET = "my-secret";

    private static Map<String, Object> spec(Object... keysAndValues) {
        Map<String, Object> spec = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            spec.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return spec;
    }

    private static AdminException refusal(Map<String, Object> spec) {
        AdminException e = catchThrowableOfType(AdminException.class, () -> FaultParser.parse(SECRET, spec));
        assertThat(e).as("refused: " + spec).isNotNull();
        assertThat(e.reason()).isEqualTo(AdminException.Reason.INVALID);
        return e;
    }

    @Test
    void everyKindReadsIntoItsRecordWithTimesDefaultingToOne() {
        assertThat(FaultParser.parse(SECRET, spec("lambda", "cannot-run", "during", "setSecret", "times", 2)))
                .isEqualTo(new Fault.CannotRun(SECRET, RotationStep.SET_SECRET, 2));
        assertThat(FaultParser.parse(SECRET, spec("step", "finishSecret")))
                .isEqualTo(new Fault.CannotRun(SECRET, RotationStep.FINISH_SECRET, 1));
        assertThat(FaultParser.parse(SECRET, spec("lambda", "lose-response", "during", "setSecret")))
                .isEqualTo(new Fault.LoseResponse(SECRET, RotationStep.SET_SECRET, 1));
        assertThat(FaultParser.parse(SECRET, spec("lambda", "crash", "during", "testSecret", "after", "100ms")))
                .isEqualTo(new Fault.Crash(SECRET, RotationStep.TEST_SECRET, 1, Duration.ofMillis(100)));
        assertThat(FaultParser.parse(SECRET, spec("api", "ThrottlingException", "operation", "PutSecretValue",
                "during", "createSecret", "times", 2))).isEqualTo(new Fault.ApiError(SECRET,
                ApiErrorCode.THROTTLING_EXCEPTION, "PutSecretValue", RotationStep.CREATE_SECRET, 2));
        assertThat(FaultParser.parse(SECRET, spec("api", "InternalServiceError", "operation", "GetSecretValue")))
                .isEqualTo(new Fault.ApiError(SECRET, ApiErrorCode.INTERNAL_SERVICE_ERROR, "GetSecretValue", null, 1));
        assertThat(FaultParser.parse(SECRET, spec("api", "slow", "operation", "GetSecretValue", "delay", "2s")))
                .isEqualTo(new Fault.SlowApi(SECRET, "GetSecretValue", Duration.ofSeconds(2), null, 1));
        assertThat(FaultParser.parse(SECRET, spec("database", "refuse", "during", "setSecret", "times", 3)))
                .isEqualTo(new Fault.Database(SECRET, DatabaseFaultKind.REFUSE, null, RotationStep.SET_SECRET, 3));
        assertThat(FaultParser.parse(SECRET, spec("database", "latency", "latency", "PT0.3S")))
                .isEqualTo(new Fault.Database(SECRET, DatabaseFaultKind.LATENCY, Duration.ofMillis(300), null, 1));
        assertThat(FaultParser.parse(SECRET, spec("race", "cancel-rotation", "after", "setSecret")))
                .isEqualTo(new Fault.Race(SECRET, RaceAction.CANCEL_ROTATION, RotationStep.SET_SECRET, 1));
    }

    @Test
    void aRecordSpellsItselfBackAsTheScenarioDoes() {
        Map<String, Object> written = spec("lambda", "crash", "during", "setSecret", "times", 2, "after", "150ms");

        Fault fault = FaultParser.parse(SECRET, written);

        assertThat(fault.spec()).isEqualTo(written);
        assertThat(FaultParser.parse(SECRET, fault.spec())).isEqualTo(fault);
        assertThat(fault.layer()).isEqualTo("lambda");
        assertThat(fault.kindName()).isEqualTo("crash");
        assertThat(new Fault.Race(SECRET, RaceAction.PUT_VALUE, RotationStep.SET_SECRET, 1).spec())
                .containsEntry("race", "put-value").containsEntry("after", "setSecret");
    }

    @Test
    void anUnknownKindIsRefusedListingTheKindsOfItsLayer() {
        AdminException lambda = refusal(spec("lambda", "explode", "during", "setSecret"));
        AdminException api = refusal(spec("api", "AccessDenied", "operation", "PutSecretValue"));
        AdminException none = refusal(spec("during", "setSecret"));
        AdminException two = refusal(spec("lambda", "crash", "database", "drop"));

        assertThat(lambda.field()).contains("lambda");
        assertThat(lambda.getMessage()).contains("cannot-run, lose-response, crash").doesNotContain("explode");
        assertThat(api.getMessage()).contains("ThrottlingException, InternalServiceError, slow")
                .doesNotContain("AccessDenied");
        assertThat(none.field()).contains("fault");
        assertThat(none.getMessage()).contains("lambda (cannot-run").contains("race (put-value");
        assertThat(two.getMessage()).contains("one layer");
    }

    @Test
    void aMisspeltStepIsRefusedListingTheSteps() {
        AdminException during = refusal(spec("lambda", "lose-response", "during", "setsecret"));
        AdminException after = refusal(spec("race", "put-value", "after", "createSecrets"));
        AdminException legacy = refusal(spec("step", "nextSecret"));

        assertThat(during.field()).contains("during");
        assertThat(after.field()).contains("after");
        assertThat(legacy.field()).contains("step");
        for (AdminException e : new AdminException[] {during, after, legacy}) {
            assertThat(e.getMessage()).contains("createSecret, setSecret, testSecret, finishSecret")
                    .doesNotContain("setsecret").doesNotContain("createSecrets").doesNotContain("nextSecret");
        }
    }

    @Test
    void afterOnAFaultThatTakesNoneIsRefusedNamingItAndListingWhatIsAllowed() {
        AdminException e = refusal(spec("lambda", "lose-response", "during", "setSecret", "after", "100ms"));

        assertThat(e.field()).contains("after");
        assertThat(e.getMessage()).isEqualTo("A lambda lose-response fault takes no 'after'; it takes: during, times.");
    }

    @Test
    void anOddFieldNameIsNotEchoed() {
        AdminException e = refusal(spec("lambda", "cannot-run", "<script>alert(1)</script>", "x"));

        assertThat(e.getMessage()).doesNotContain("script").contains("takes no field of that name; it takes: during, times.");
    }

    @Test
    void missingOrMalformedValuesAreRefusedNamingTheField() {
        assertThat(refusal(spec("lambda", "crash", "during", "setSecret")).field()).contains("after");
        assertThat(refusal(spec("lambda", "crash", "after", 100)).field()).contains("after");
        assertThat(refusal(spec("lambda", "crash", "after", "0ms")).field()).contains("after");
        assertThat(refusal(spec("api", "slow", "operation", "GetSecretValue")).field()).contains("delay");
        assertThat(refusal(spec("api", "ThrottlingException")).field()).contains("operation");
        assertThat(refusal(spec("database", "latency")).field()).contains("latency");
        assertThat(refusal(spec("database", "drop", "latency", "1s")).field()).contains("latency");
        assertThat(refusal(spec("race", "rotate")).field()).contains("after");
        assertThat(refusal(spec("lambda", "cannot-run", "times", 0)).field()).contains("times");
        assertThat(refusal(spec("lambda", "cannot-run", "times", 101)).field()).contains("times");
        assertThat(refusal(spec("lambda", "cannot-run", "times", 1.5)).field()).contains("times");
        assertThat(refusal(spec("lambda", "cannot-run", "times", "2")).field()).contains("times");
        AdminException noSecret = catchThrowableOfType(AdminException.class,
                () -> FaultParser.parse(" ", spec("lambda", "cannot-run")));
        assertThat(noSecret.field()).contains("secret");
    }
}
