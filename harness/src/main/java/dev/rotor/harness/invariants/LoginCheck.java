package dev.rotor.harness.invariants;

import dev.rotor.harness.database.LoginResult;
import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.Violation;
import dev.rotor.harness.scenario.Strategy;
import dev.rotor.harness.secret.Labels;
import dev.rotor.harness.secret.SecretVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Login: AWSCURRENT's credentials log in and run a query; for alternating users AWSPREVIOUS's do too (when it names
 * the other user of the pair, as rotations leave it); for a single user, once a rotation succeeded, the previous
 * password is refused. A single-user rotation stopped between setSecret and finishSecret leaves AWSCURRENT refused
 * while AWSPENDING's password works: that is the strategy's known window, not a violation.
 */
public final class LoginCheck implements InvariantCheck {

    @Override
    public Invariant invariant() {
        return Invariant.LOGIN;
    }

    @Override
    public List<Violation> check(Observation o, SecretAndDatabase now) {
        if (o.baseline().secretStale()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        Optional<SecretVersion> current = now.stage(Labels.CURRENT);
        if (current.isEmpty()) {
            return violations;
        }
        LoginResult result = now.login(current.get().username(), current.get().password());
        if (!result.accepted() && !inSingleUserWindow(now, current.get())) {
            violations.add(violation(o, "AWSCURRENT's credentials do not log in: " + describe(result),
                    current.get().username()));
        }
        Optional<SecretVersion> previous = now.stage(Labels.PREVIOUS);
        if (previous.isEmpty()) {
            return violations;
        }
        SecretVersion old = previous.get();
        if (now.strategy() == Strategy.ALTERNATING_USERS && !old.username().equals(current.get().username())) {
            LoginResult oldResult = now.login(old.username(), old.password());
            if (!oldResult.accepted()) {
                violations.add(violation(o, "AWSPREVIOUS's credentials do not log in (alternating users keep both"
                        + " working): " + describe(oldResult), old.username()));
            }
        } else if (o.rotationSucceeded() && old.username().equals(current.get().username())) {
            LoginResult oldResult = now.login(old.username(), old.password());
            if (oldResult.accepted()) {
                violations.add(violation(o, "the previous password still logs in after a single-user rotation"
                        + (old.password().equals(current.get().password()) ? " (the rotation kept the same password)"
                        : ""), old.username()));
            }
        }
        return violations;
    }

    private static boolean inSingleUserWindow(SecretAndDatabase now, SecretVersion current) {
        if (now.strategy() != Strategy.SINGLE_USER) {
            return false;
        }
        Optional<SecretVersion> pending = now.stage(Labels.PENDING);
        return pending.isPresent() && !pending.get().versionId().equals(current.versionId())
                && pending.get().username().equals(current.username())
                && now.login(pending.get().username(), pending.get().password()).accepted();
    }

    private static String describe(LoginResult result) {
        if (result instanceof LoginResult.Refused refused) {
            return "refused with error " + refused.errorCode();
        }
        if (result instanceof LoginResult.Unreachable unreachable) {
            return "server unreachable: " + unreachable.message();
        }
        return "accepted";
    }

    private static Violation violation(Observation o, String message, String user) {
        return new Violation(Invariant.LOGIN, message, o.actionIndex(), o.step(), user, Evidence.of(o.events()));
    }
}
