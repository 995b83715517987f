package dev.rotor.harness.invariants;

import dev.rotor.harness.database.LoginResult;
import dev.rotor.harness.scenario.Strategy;
import dev.rotor.harness.secret.SecretVersion;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the checks look at, as it is now: one scenario's secret (its labelled values) and database (logins, users,
 * grants), with the strategy that rotates them and the application user's original name.
 */
public interface SecretAndDatabase {

    Strategy strategy();

    /** The application user's original name (alternating users rotate between it and {@code <name>_clone}). */
    String baseUser();

    /** A labelled version's id and JSON value; empty when no version has the label (or it has no value). */
    Optional<SecretVersion> stage(String label);

    /** Version id → labels, as DescribeSecret answers. */
    Map<String, List<String>> stages();

    LoginResult login(String user, String password);

    boolean userExists(String user);

    /** The user's grants, comparable across users (own name replaced, password hashes removed, sorted). */
    List<String> normalizedGrants(String user);
}
