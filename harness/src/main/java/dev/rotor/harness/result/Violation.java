package dev.rotor.harness.result;

import java.util.List;

/**
 * A broken invariant, with evidence: the action and step where it was seen, the database username involved (never a
 * password) and the journal events around it (as one-line summaries).
 */
public record Violation(Invariant invariant, String message, int actionIndex, String step, String username,
                        List<String> evidence) {
}
