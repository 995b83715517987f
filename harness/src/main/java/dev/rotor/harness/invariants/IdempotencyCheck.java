package dev.rotor.harness.invariants;

import dev.rotor.harness.action.RotationSummary;
import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.Violation;

import java.util.List;

/**
 * Idempotency: a step invoked a second time with the same token (as Secrets Manager's retries can) succeeds as the
 * first did. The emulator repeats every step when the run asks it to; a failed repeat makes the rotation "not
 * idempotent".
 */
public final class IdempotencyCheck implements InvariantCheck {

    @Override
    public Invariant invariant() {
        return Invariant.IDEMPOTENCY;
    }

    @Override
    public List<Violation> check(Observation o, SecretAndDatabase now) {
        if (!o.rotated() || o.rotation().status() != RotationSummary.Status.NOT_IDEMPOTENT) {
            return List.of();
        }
        return List.of(new Violation(Invariant.IDEMPOTENCY, o.rotation().error(), o.actionIndex(), o.step(), null,
                Evidence.of(o.events())));
    }
}
