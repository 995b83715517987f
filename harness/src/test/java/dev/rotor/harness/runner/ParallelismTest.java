package dev.rotor.harness.runner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParallelismTest {
    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void theDefaultIsOneScenarioMoreThanCoresWhenMemoryIsPlentiful() {
        assertThat(Parallelism.of(1, 20 * GIB)).isEqualTo(2);
        assertThat(Parallelism.of(2, 20 * GIB)).isEqualTo(3);
        assertThat(Parallelism.of(8, 20 * GIB)).isEqualTo(9);
    }

    @Test
    void memoryCapsTheDefaultAtOneScenarioPerHalfGibibyte() {
        assertThat(Parallelism.of(8, 2 * GIB)).isEqualTo(4);
        assertThat(Parallelism.of(8, GIB + GIB / 4)).isEqualTo(2);
    }

    @Test
    void theDefaultIsNeverBelowOne() {
        assertThat(Parallelism.of(4, 100L * 1024 * 1024)).isEqualTo(1);
        assertThat(Parallelism.of(1, 0)).isEqualTo(1);
    }

    @Test
    void thisMachineGetsAtLeastOne() {
        assertThat(Parallelism.machineDefault()).isBetween(1, Runtime.getRuntime().availableProcessors() + 1);
    }
}
