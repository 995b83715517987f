package dev.rotor.harness.invariants;

import dev.rotor.harness.run.Violation;

import java.util.List;

/** One invariant, checked after every action (and over every journal event the action caused). */
public interface InvariantCheck {

    List<Violation> check(Subject subject, Observation observation);
}
