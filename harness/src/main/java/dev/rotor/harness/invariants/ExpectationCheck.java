package dev.rotor.harness.invariants;

import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.Violation;

import java.util.List;

/** Expectation: each action has the outcome its scenario expects ({@code expect:}, by default "succeeds"). */
public final class ExpectationCheck implements InvariantCheck {

    @Override
    public Invariant invariant() {
        return Invariant.EXPECTATION;
    }

    @Override
    public List<Violation> check(Observation o, SecretAndDatabase now) {
        if (o.outcome().met()) {
            return List.of();
        }
        return List.of(new Violation(Invariant.EXPECTATION, o.actionKind() + " (line " + o.actionLine() + ") expected "
                + o.outcome().expected() + " but " + o.outcome().outcome(), o.actionIndex(), o.step(), null,
                Evidence.of(o.events())));
    }
}
