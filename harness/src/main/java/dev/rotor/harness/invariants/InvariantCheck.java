package dev.rotor.harness.invariants;

import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.Violation;

import java.util.List;

/** One invariant, checked after every action over what the action left behind and the state it left. */
public interface InvariantCheck {

    /** Every check, in the order reports list their violations. */
    static List<InvariantCheck> all() {
        return List.of(new ExpectationCheck(), new IdempotencyCheck(), new AvailabilityCheck(), new LabelsCheck(),
                new LoginCheck(), new GrantsCheck(), new FieldsCheck());
    }

    /** The invariant this check guards. */
    Invariant invariant();

    List<Violation> check(Observation observation, SecretAndDatabase now);
}
