package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class InvocationHistoryTest {
    private final InvocationHistory history = new InvocationHistory(3, 5);

    private static Invocation invocation(String id) {
        return new Invocation(id, "arn", "{}", InvocationOutcome.succeeded("null"), Instant.EPOCH, Duration.ZERO, "",
                false);
    }

    private void remember(String function, int count) {
        IntStream.rangeClosed(1, count).forEach(i -> history.remember(function, invocation(function + i)));
    }

    @Test
    void keeps_the_last_invocations_of_a_function_oldest_first() {
        remember("a", 5);

        assertThat(history.of("a")).extracting(Invocation::requestId).containsExactly("a3", "a4", "a5");
        assertThat(history.of("b")).isEmpty();
    }

    @Test
    void keeps_a_bounded_number_across_functions_however_many_come_and_go() {
        for (int function = 1; function <= 100; function++) {
            remember("f" + function, 2);
        }

        assertThat(history.of("f100")).extracting(Invocation::requestId).containsExactly("f1001", "f1002");
        assertThat(history.of("f99")).extracting(Invocation::requestId).containsExactly("f991", "f992");
        assertThat(history.of("f98")).extracting(Invocation::requestId).containsExactly("f982");
        assertThat(history.of("f97")).isEmpty();
        assertThat(history.of("f1")).isEmpty();
    }

    @Test
    void the_oldest_invocation_goes_first_whichever_function_it_belongs_to() {
        remember("a", 3);
        remember("b", 3);
        remember("a", 1);

        assertThat(history.of("a")).extracting(Invocation::requestId).containsExactly("a3", "a1");
        assertThat(history.of("b")).extracting(Invocation::requestId).containsExactly("b1", "b2", "b3");
    }
}
