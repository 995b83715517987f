package dev.rotor.harness.result;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of one {@code rotor run}: what was tested (function, strategy, engine, database), the seed every
 * scenario's own seed came from, and every scenario's result. Passed when every scenario passed.
 */
public record RunResult(String function, String handler, String strategy, String engine, String database,
                        Instant startedAt, Duration duration, Duration databaseStart, long seed,
                        List<ScenarioResult> scenarios) {

    public boolean passed() {
        return scenarios.stream().allMatch(ScenarioResult::passed);
    }

    public long count(ScenarioResult.Status status) {
        return scenarios.stream().filter(s -> s.status() == status).count();
    }
}
