package dev.rotor.emulator.rotation;

import dev.rotor.emulator.lambda.Invocation;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ArmedFaultsTest {
    private final ArmedFaults faults = new ArmedFaults();

    /** Answers in the function's place once, then is spent. */
    private static final class RefuseOnce implements StepInterceptor {
        private boolean used;

        @Override
        public Invocation aroundStep(StepCall call, Proceed next) {
            used = true;
            return Invocation.notRun(call.functionArn(), call.event(), Instant.EPOCH, "Refused", "refused once");
        }

        @Override
        public boolean spent() {
            return used;
        }
    }

    private static StepCall call(String secretArn) {
        return new StepCall(secretArn, "v1", "r1", "fn", RotationStep.CREATE_SECRET, 1, false, "{}");
    }

    @Test
    void spent_faults_leave_nothing_behind_however_many_secrets_had_them() {
        for (int i = 0; i < 100; i++) {
            faults.arm("arn:secret-" + i, new RefuseOnce());
        }
        assertThat(faults.isEmpty()).isFalse();

        for (int i = 0; i < 100; i++) {
            Invocation answered = faults.invoke(call("arn:secret-" + i), () -> {
                throw new AssertionError("the fault answers in the function's place");
            });
            assertThat(answered.succeeded()).isFalse();
        }

        assertThat(faults.isEmpty()).isTrue();
    }

    @Test
    void a_fault_not_yet_spent_stays_armed() {
        faults.arm("arn:a", new RefuseOnce());
        faults.arm("arn:a", new RefuseOnce());

        faults.invoke(call("arn:a"), () -> {
            throw new AssertionError("the outer fault answers");
        });

        assertThat(faults.isEmpty()).isFalse();
    }
}
