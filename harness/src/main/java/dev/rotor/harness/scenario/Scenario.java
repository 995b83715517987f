package dev.rotor.harness.scenario;

import dev.rotor.harness.action.Action;
import dev.rotor.harness.database.Engine;
import dev.rotor.harness.result.ClientProfile;
import dev.rotor.harness.result.ClientVerdict;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A rotation scenario: where it applies, how it is set up, the actions to run with their expectations, what some
 * client profiles must see over the whole scenario ({@code expect-clients}; the others get the strategy's default),
 * and the YAML text it was read from (a replay file carries it).
 */
public record Scenario(String name, String description, Path file, Set<Strategy> strategies, Set<Engine> engines,
                       Setup setup, List<Action> actions, Map<ClientProfile, ClientVerdict> expectClients,
                       String source) {

    public Scenario {
        expectClients = Map.copyOf(expectClients);
    }

    /** Whether the scenario must run alone: one of its actions reaches what other scenarios share. */
    public boolean exclusive() {
        return actions.stream().anyMatch(Action::needsTheRunAlone);
    }

    public boolean appliesTo(Strategy strategy, Engine engine) {
        return notApplicableReason(strategy, engine).isEmpty();
    }

    /** Why the scenario does not apply to a function of {@code strategy} on {@code engine}; empty when it does. */
    public Optional<String> notApplicableReason(Strategy strategy, Engine engine) {
        if (!strategies.contains(strategy)) {
            return Optional.of("applies to strategy " + String.join(", ", strategies.stream().map(Strategy::id)
                    .sorted().toList()) + " only; the function under test is " + strategy.id());
        }
        if (!engines.contains(engine)) {
            return Optional.of("applies to engine " + String.join(", ", engines.stream().map(Engine::id)
                    .sorted().toList()) + " only; this run uses " + engine.id());
        }
        return Optional.empty();
    }
}
