package dev.rotor.harness.scenario;

import dev.rotor.harness.result.ClientProfile;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scenario's starting point: the application user's privileges on its own schema (and extra grants, with
 * {@code {schema}} standing for the scenario's schema), extra fields of the secret JSON (custom keys, {@code ssl}),
 * the function's environment and its timeout per step (null: the run's), the initial password (null: random),
 * rotation rules set before the first action, and the client profiles the prober plays during rotations.
 */
public record Setup(List<String> privileges, Map<String, Object> secretFields, Map<String, String> functionEnvironment,
                    Duration functionTimeout, String initialPassword, Long automaticallyAfterDays,
                    String scheduleExpression, List<ClientProfile> clients) {

    public static final List<String> DEFAULT_PRIVILEGES = List.of("SELECT", "INSERT", "UPDATE", "DELETE");

    /** The secret's fields the harness writes itself; a scenario or the command line cannot set them. */
    public static final Set<String> HARNESS_FIELDS = Set.of("username", "password", "host", "port", "dbname", "engine",
            "masterarn");

    public Setup {
        clients = List.copyOf(clients);
    }

    /** The setup of a scenario that has none: default privileges, a random password, the default clients. */
    public static Setup defaults() {
        return new Setup(DEFAULT_PRIVILEGES, Map.of(), Map.of(), null, null, null, null, ClientProfile.DEFAULT);
    }
}
