package dev.rotor.harness.invariants;

import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.ClientAvailability;
import dev.rotor.harness.result.ClientProfile;
import dev.rotor.harness.result.ClientVerdict;
import dev.rotor.harness.result.Invariant;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClientExpectationsTest {
    private final Availability seen = new Availability(List.of(
            new ClientAvailability(ClientProfile.CACHED, 80, 14, Duration.ofMillis(900), ClientVerdict.LOCKED_OUT),
            new ClientAvailability(ClientProfile.REREAD, 80, 0, Duration.ZERO, ClientVerdict.AVAILABLE)));

    @Test
    void aClientThatSawWhatTheScenarioStatesPasses() {
        assertThat(ClientExpectations.check(Map.of(ClientProfile.CACHED, ClientVerdict.LOCKED_OUT,
                ClientProfile.REREAD, ClientVerdict.AVAILABLE), seen, 2, "app")).isEmpty();
    }

    @Test
    void aClientThatSawSomethingElseIsAnAvailabilityViolationAtTheLastAction() {
        assertThat(ClientExpectations.check(Map.of(ClientProfile.REREAD, ClientVerdict.LOCKED_OUT), seen, 2, "app"))
                .singleElement().satisfies(v -> {
                    assertThat(v.invariant()).isEqualTo(Invariant.AVAILABILITY);
                    assertThat(v.message()).isEqualTo("reread: expected locked-out over the scenario, but it was"
                            + " available");
                    assertThat(v.actionIndex()).isEqualTo(2);
                    assertThat(v.evidence()).containsExactly("80 connections, 0 failed, longest outage 0 ms");
                });
    }

    @Test
    void aClientThatNeverConnectedCannotMeetAStatedVerdict() {
        assertThat(ClientExpectations.check(Map.of(ClientProfile.JDBC_DRIVER, ClientVerdict.AVAILABLE), seen, 1,
                "app")).singleElement().satisfies(v -> assertThat(v.message())
                .isEqualTo("jdbc-driver: expected available, but the client never connected (no rotation ran)"));
    }
}
