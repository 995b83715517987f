package dev.rotor.emulator.lambda;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The last invocations of every function, kept in bounded memory: {@code perFunction} of each function and
 * {@code total} across functions (the oldest go first), so neither invocations nor functions registered and removed
 * one after another (a harness run registers one per scenario) make it grow. Each invocation's logs are already
 * bounded by the host.
 */
final class InvocationHistory {
    private record Entry(String function, Invocation invocation) {
    }

    private final int perFunction;
    private final int total;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private final Map<String, Integer> counts = new HashMap<>();

    InvocationHistory(int perFunction, int total) {
        this.perFunction = perFunction;
        this.total = total;
    }

    synchronized void remember(String function, Invocation invocation) {
        entries.addLast(new Entry(function, invocation));
        if (counts.merge(function, 1, Integer::sum) > perFunction) {
            removeOldest(function);
        }
        while (entries.size() > total) {
            forget(entries.removeFirst().function());
        }
    }

    /** The function's remembered invocations, oldest first. */
    synchronized List<Invocation> of(String function) {
        return entries.stream().filter(e -> e.function().equals(function)).map(Entry::invocation).toList();
    }

    private void removeOldest(String function) {
        for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
            if (it.next().function().equals(function)) {
                it.remove();
                forget(function);
                return;
            }
        }
    }

    private void forget(String function) {
        counts.computeIfPresent(function, (name, count) -> count == 1 ? null : count - 1);
    }
}
