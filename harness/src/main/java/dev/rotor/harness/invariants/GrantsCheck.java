package dev.rotor.harness.invariants;

import dev.rotor.harness.run.Invariant;
import dev.rotor.harness.run.Violation;
import dev.rotor.harness.scenario.Strategy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Grants: the rotated user's grants equal the original's; for alternating users both users of the pair (the user
 * and its {@code _clone}, as soon as the clone exists) have identical grants (compared with the users' own names
 * replaced and password hashes removed).
 */
public final class GrantsCheck implements InvariantCheck {

    @Override
    public List<Violation> check(Subject subject, Observation o) {
        Set<String> users = new LinkedHashSet<>();
        subject.stage("AWSCURRENT").ifPresent(v -> users.add(v.username()));
        if (subject.strategy() == Strategy.ALTERNATING_USERS) {
            users.add(subject.baseUser());
            users.add(subject.baseUser() + "_clone");
        }
        List<Violation> violations = new ArrayList<>();
        for (String user : users) {
            if (!subject.userExists(user)) {
                continue; // the login check reports a missing user
            }
            List<String> grants = subject.normalizedGrants(user);
            if (!grants.equals(subject.baselineGrants())) {
                List<String> evidence = new ArrayList<>();
                evidence.add("expected (as " + subject.baseUser() + " had): " + subject.baselineGrants());
                evidence.add("found for " + user + ": " + grants);
                violations.add(new Violation(Invariant.GRANTS, user + "'s grants differ from the original user's",
                        o.actionIndex(), o.step(), user, evidence));
            }
        }
        return violations;
    }
}
