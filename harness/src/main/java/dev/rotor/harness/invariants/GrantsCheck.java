package dev.rotor.harness.invariants;

import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.Violation;
import dev.rotor.harness.scenario.Strategy;
import dev.rotor.harness.secret.Labels;

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
    public Invariant invariant() {
        return Invariant.GRANTS;
    }

    @Override
    public List<Violation> check(Observation o, SecretAndDatabase now) {
        Set<String> users = new LinkedHashSet<>();
        now.stage(Labels.CURRENT).ifPresent(v -> users.add(v.username()));
        if (now.strategy() == Strategy.ALTERNATING_USERS) {
            users.add(now.baseUser());
            users.add(now.baseUser() + "_clone");
        }
        List<Violation> violations = new ArrayList<>();
        for (String user : users) {
            if (!now.userExists(user)) {
                continue; // the login check reports a missing user
            }
            List<String> grants = now.normalizedGrants(user);
            if (!grants.equals(o.baseline().grants())) {
                List<String> evidence = new ArrayList<>();
                evidence.add("expected (as " + now.baseUser() + " had): " + o.baseline().grants());
                evidence.add("found for " + user + ": " + grants);
                violations.add(new Violation(Invariant.GRANTS, user + "'s grants differ from the original user's",
                        o.actionIndex(), o.step(), user, evidence));
            }
        }
        return violations;
    }
}
