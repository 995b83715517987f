package dev.rotor.emulator.rotation;

import dev.rotor.emulator.lambda.FunctionCredentials;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** API faults answer only the calls signed with the function's own access key id, only while their window is open. */
class FunctionCallFaultsTest {
    private static final FunctionCallFaults.Answer THROTTLED =
            new FunctionCallFaults.Answer.Fail("ThrottlingException", 400, "Rate exceeded");

    private final FunctionCallFaults faults = new FunctionCallFaults();

    @Test
    void aWindowAnswersTheFunctionsOwnCallsOfItsOperationOnly() {
        String rotator = FunctionCredentials.accessKeyId("rotator");
        String other = FunctionCredentials.accessKeyId("other-function");

        try (FunctionCallFaults.Window window = faults.open("rotator",
                operation -> operation.equals("PutSecretValue") ? Optional.of(THROTTLED) : Optional.empty())) {
            assertThat(faults.answer(rotator, "PutSecretValue")).contains(THROTTLED);
            assertThat(faults.answer(rotator, "GetSecretValue")).isEmpty();
            assertThat(faults.answer(other, "PutSecretValue")).isEmpty();
            assertThat(faults.answer("test", "PutSecretValue")).isEmpty();
            assertThat(faults.answer(null, "PutSecretValue")).isEmpty();
        }
        assertThat(faults.answer(rotator, "PutSecretValue")).isEmpty();
    }

    @Test
    void theFirstOpenRuleThatAnswersWins() {
        FunctionCallFaults.Answer slow = new FunctionCallFaults.Answer.Delay(Duration.ofSeconds(1));
        try (FunctionCallFaults.Window passes = faults.open("rotator", operation -> Optional.empty());
             FunctionCallFaults.Window delays = faults.open("rotator", operation -> Optional.of(slow))) {
            assertThat(faults.answer(FunctionCredentials.accessKeyId("rotator"), "GetSecretValue")).contains(slow);
        }
    }

    @Test
    void closedWindowsLeaveNothingBehindHoweverManyFunctionsHadThem() {
        for (int i = 0; i < 100; i++) {
            FunctionCallFaults.Window first = faults.open("rotator-" + i, operation -> Optional.of(THROTTLED));
            FunctionCallFaults.Window second = faults.open("rotator-" + i, operation -> Optional.empty());
            first.close();
            assertThat(faults.isEmpty()).as("one window of rotator-%d is still open", i).isFalse();
            second.close();
        }

        assertThat(faults.isEmpty()).isTrue();
    }

    @Test
    void everyFunctionHasItsOwnAccessKeyIdShapedAsLambdasTemporaryOnes() {
        assertThat(FunctionCredentials.accessKeyId("rotator")).matches("ASIA[A-Z2-7]{16}")
                .isEqualTo(FunctionCredentials.accessKeyId("rotator"))
                .isNotEqualTo(FunctionCredentials.accessKeyId("rotator2"));
    }
}
