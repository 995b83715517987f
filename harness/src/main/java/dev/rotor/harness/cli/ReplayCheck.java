package dev.rotor.harness.cli;

import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.ScenarioResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** After a replay: whether each scenario ended as recorded, with its faults firing in the same order. */
final class ReplayCheck {

    private ReplayCheck() {
    }

    /** One line per difference, or one line saying there was none. */
    static List<String> compare(ReplayFile recorded, RunResult now) {
        Map<String, ReplayFile.Outcome> before = recorded.outcomes() == null ? Map.of() : recorded.outcomes().stream()
                .collect(Collectors.toMap(ReplayFile.Outcome::scenario, Function.identity(), (a, b) -> a));
        List<String> differences = new ArrayList<>();
        int same = 0;
        for (ScenarioResult result : now.scenarios()) {
            ReplayFile.Outcome then = before.get(result.name());
            if (then == null) {
                continue;
            }
            ReplayFile.Outcome outcome = ReplayFile.Outcome.of(result);
            if (!then.status().equals(outcome.status())) {
                differences.add("replay: " + result.name() + " ended " + outcome.status() + ", recorded "
                        + then.status());
            } else if (!then.faultTexts().equals(outcome.faultTexts())) {
                differences.add("replay: " + result.name() + "'s faults fired " + outcome.faultTexts() + ", recorded "
                        + then.faultTexts());
            } else {
                same++;
            }
        }
        if (differences.isEmpty()) {
            return List.of("replay: " + same + (same == 1 ? " scenario" : " scenarios")
                    + " ended as recorded, faults firing in the same order");
        }
        return differences;
    }
}
