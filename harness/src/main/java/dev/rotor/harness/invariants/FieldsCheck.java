package dev.rotor.harness.invariants;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.Violation;
import dev.rotor.harness.scenario.Strategy;
import dev.rotor.harness.secret.Labels;

import java.util.ArrayList;
import java.util.List;

/**
 * Fields: every non-credential field of the secret JSON (host, port, dbname, engine, masterarn, custom keys) in
 * AWSCURRENT and AWSPREVIOUS is what the {@link Baseline} expects of that version (the fields last stored on purpose,
 * or those a version had when an intentional change came after it); the username is the original user (or,
 * alternating, its clone).
 */
public final class FieldsCheck implements InvariantCheck {

    @Override
    public Invariant invariant() {
        return Invariant.FIELDS;
    }

    @Override
    public List<Violation> check(Observation o, SecretAndDatabase now) {
        List<Violation> violations = new ArrayList<>();
        for (String label : List.of(Labels.CURRENT, Labels.PREVIOUS)) {
            now.stage(label).ifPresent(version -> {
                ObjectNode expected = o.baseline().expectedFields(version.versionId());
                ObjectNode fields = Baseline.nonCredentialFields(version.value());
                if (!fields.equals(expected)) {
                    violations.add(new Violation(Invariant.FIELDS, label + " changed non-credential fields",
                            o.actionIndex(), o.step(), version.username(), List.of(
                                    "expected: " + expected,
                                    "found: " + fields)));
                }
                String user = version.username();
                boolean allowed = user.equals(now.baseUser()) || (now.strategy() == Strategy.ALTERNATING_USERS
                        && user.equals(now.baseUser() + "_clone"));
                if (!allowed) {
                    violations.add(new Violation(Invariant.FIELDS, label + " names an unexpected user", o.actionIndex(),
                            o.step(), user, List.of("expected " + now.baseUser()
                                    + (now.strategy() == Strategy.ALTERNATING_USERS ? " or its _clone" : ""))));
                }
            });
        }
        return violations;
    }
}
