package dev.rotor.harness.invariants;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.harness.run.Invariant;
import dev.rotor.harness.run.Violation;
import dev.rotor.harness.scenario.Strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * Fields: every non-credential field of the secret JSON (host, port, dbname, engine, masterarn, custom keys) is
 * unchanged in AWSCURRENT and AWSPREVIOUS; the username is the original user (or, alternating, its clone).
 */
public final class FieldsCheck implements InvariantCheck {

    @Override
    public List<Violation> check(Subject subject, Observation o) {
        List<Violation> violations = new ArrayList<>();
        for (String label : List.of("AWSCURRENT", "AWSPREVIOUS")) {
            subject.stage(label).ifPresent(version -> {
                ObjectNode fields = version.value().deepCopy();
                fields.remove("username");
                fields.remove("password");
                if (!fields.equals(subject.baselineFields())) {
                    violations.add(new Violation(Invariant.FIELDS, label + " changed non-credential fields",
                            o.actionIndex(), o.step(), version.username(), List.of(
                                    "expected: " + keysAndValues(subject.baselineFields()),
                                    "found: " + keysAndValues(fields))));
                }
                String user = version.username();
                boolean allowed = user.equals(subject.baseUser()) || (subject.strategy() == Strategy.ALTERNATING_USERS
                        && user.equals(subject.baseUser() + "_clone"));
                if (!allowed) {
                    violations.add(new Violation(Invariant.FIELDS, label + " names an unexpected user", o.actionIndex(),
                            o.step(), user, List.of("expected " + subject.baseUser()
                                    + (subject.strategy() == Strategy.ALTERNATING_USERS ? " or its _clone" : ""))));
                }
            });
        }
        return violations;
    }

    private static String keysAndValues(ObjectNode node) {
        return node.toString();
    }
}
