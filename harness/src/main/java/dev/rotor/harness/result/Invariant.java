package dev.rotor.harness.result;

/** The invariants the harness checks, with the name reports show. */
public enum Invariant {
    LABELS("labels", "exactly one AWSCURRENT once a value exists; each label on one version; no AWSPENDING left on a"
            + " non-current version after a successful rotation; the old AWSCURRENT becomes AWSPREVIOUS"),
    LOGIN("login", "AWSCURRENT logs in and runs a query; alternating users: AWSPREVIOUS too; single user: the previous"
            + " password is refused"),
    GRANTS("grants", "the rotated user's grants equal the original's; alternating users: both users' grants identical"),
    FIELDS("fields", "every non-credential field of the secret JSON unchanged"),
    AVAILABILITY("availability", "alternating users: no failed login by a client during rotation"),
    IDEMPOTENCY("idempotency", "re-running each step with the same token does not change the outcome"),
    EXPECTATION("expectation", "each action has the outcome the scenario expects");

    private final String id;
    private final String description;

    Invariant(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }
}
