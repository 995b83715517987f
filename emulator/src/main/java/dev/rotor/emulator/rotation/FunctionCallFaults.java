package dev.rotor.emulator.rotation;

import dev.rotor.emulator.lambda.FunctionCredentials;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Faults on a rotation function's own Secrets Manager calls: while a step runs, an API fault opens a window for the
 * function, and the API asks here before it dispatches each call. The function's calls are the ones signed with its
 * own access key id ({@link FunctionCredentials}); nobody else's calls are touched.
 */
public final class FunctionCallFaults {
    private final Map<String, List<Rule>> byAccessKey = new ConcurrentHashMap<>();

    /** How the emulator answers one call in a fault's place. */
    public sealed interface Answer {

        /** An AWS error: its {@code __type}, HTTP status and message. */
        record Fail(String type, int httpStatus, String message) implements Answer {
        }

        /** The call is answered normally, after {@code delay}. */
        record Delay(Duration delay) implements Answer {
        }
    }

    /** Decides, call by call, whether to answer a call of {@code operation} (and counts what it answered). */
    @FunctionalInterface
    public interface Rule {
        Optional<Answer> answer(String operation);
    }

    /** An open window; closing it stops the rule. */
    public interface Window extends AutoCloseable {
        @Override
        void close();
    }

    /** Applies {@code rule} to the function's calls until the window is closed. */
    public Window open(String functionName, Rule rule) {
        String accessKeyId = FunctionCredentials.accessKeyId(functionName);
        byAccessKey.compute(accessKeyId, (key, rules) -> {
            List<Rule> open = rules == null ? new CopyOnWriteArrayList<>() : rules;
            open.add(rule);
            return open;
        });
        return () -> byAccessKey.computeIfPresent(accessKeyId, (key, rules) -> {
            rules.remove(rule);
            return rules.isEmpty() ? null : rules; // closed windows leave no entry behind
        });
    }

    /** Whether no window is open (checked first on every API call, before its signature is read). */
    public boolean isEmpty() {
        return byAccessKey.isEmpty();
    }

    /**
     * How to answer a call of {@code operation} signed with {@code accessKeyId} ({@code null} when unsigned): the
     * first open rule that answers it, or empty for a normal answer.
     */
    public Optional<Answer> answer(String accessKeyId, String operation) {
        if (accessKeyId == null) {
            return Optional.empty();
        }
        for (Rule rule : byAccessKey.getOrDefault(accessKeyId, List.of())) {
            Optional<Answer> answer = rule.answer(operation);
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }

    /** Closes every window (the control plane's reset). */
    public void clear() {
        byAccessKey.clear();
    }
}
