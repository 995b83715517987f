package dev.rotor.harness.invariants;

import dev.rotor.harness.database.LoginResult;
import dev.rotor.harness.run.Invariant;
import dev.rotor.harness.run.Violation;
import dev.rotor.harness.scenario.Strategy;

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
    public List<Violation> check(Subject subject, Observation o) {
        if (subject.loginStale()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        Optional<Subject.Labelled> current = subject.stage("AWSCURRENT");
        if (current.isEmpty()) {
            return violations;
        }
        LoginResult result = subject.login(current.get().username(), current.get().password());
        if (!result.accepted() && !inSingleUserWindow(subject, current.get())) {
            violations.add(violation(o, "AWSCURRENT's credentials do not log in: " + describe(result),
                    current.get().username()));
        }
        Optional<Subject.Labelled> previous = subject.stage("AWSPREVIOUS");
        if (previous.isEmpty()) {
            return violations;
        }
        Subject.Labelled old = previous.get();
        if (subject.strategy() == Strategy.ALTERNATING_USERS && !old.username().equals(current.get().username())) {
            LoginResult oldResult = subject.login(old.username(), old.password());
            if (!oldResult.accepted()) {
                violations.add(violation(o, "AWSPREVIOUS's credentials do not log in (alternating users keep both"
                        + " working): " + describe(oldResult), old.username()));
            }
        } else if (o.rotationSucceeded() && old.username().equals(current.get().username())) {
            LoginResult oldResult = subject.login(old.username(), old.password());
            if (oldResult.accepted()) {
                violations.add(violation(o, "the previous password still logs in after a single-user rotation"
                        + (old.password().equals(current.get().password()) ? " (the rotation kept the same password)"
                        : ""), old.username()));
            }
        }
        return violations;
    }

    private static boolean inSingleUserWindow(Subject subject, Subject.Labelled current) {
        if (subject.strategy() != Strategy.SINGLE_USER) {
            return false;
        }
        Optional<Subject.Labelled> pending = subject.stage("AWSPENDING");
        return pending.isPresent() && !pending.get().versionId().equals(current.versionId())
                && pending.get().username().equals(current.username())
                && subject.login(pending.get().username(), pending.get().password()).accepted();
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
