package dev.rotor.harness.invariants;

import dev.rotor.harness.result.Invariant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvariantCheckTest {

    @Test
    void everyInvariantHasExactlyOneCheck() {
        assertThat(InvariantCheck.all()).extracting(InvariantCheck::invariant)
                .containsExactlyInAnyOrder(Invariant.values());
    }
}
