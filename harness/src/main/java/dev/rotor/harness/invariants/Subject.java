package dev.rotor.harness.invariants;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.harness.database.LoginResult;
import dev.rotor.harness.scenario.Strategy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the checks look at: the secret's labelled values and the database, as one scenario sees them. */
public interface Subject {

    Strategy strategy();

    /** A labelled version's id and JSON value; empty when no version has the label (or it has no value). */
    Optional<Labelled> stage(String label);

    /** Version id → labels, as DescribeSecret answers. */
    Map<String, List<String>> stages();

    LoginResult login(String user, String password);

    boolean userExists(String user);

    /** The user's grants, comparable across users (own name replaced, password hashes removed, sorted). */
    List<String> normalizedGrants(String user);

    /** The grants the application user had before any rotation. */
    List<String> baselineGrants();

    /** The secret's non-credential fields as they must stay (updated when a scenario changes them by hand). */
    ObjectNode baselineFields();

    /** The application user's original name (alternating users rotate between it and {@code <name>_clone}). */
    String baseUser();

    /** Whether the secret is knowingly stale (its password was changed out of band): login is not checked. */
    boolean loginStale();

    /** A labelled version. */
    record Labelled(String versionId, ObjectNode value) {
        public String username() {
            return value.path("username").asText();
        }

        public String password() {
            return value.path("password").asText();
        }
    }
}
