package dev.rotor.harness.runner;

import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.harness.invariants.Evidence;
import dev.rotor.harness.run.TimelineEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the emulator's journal incrementally for one scenario's secrets, and turns events into timeline entries. */
final class JournalReader {
    private static final int PAGE = 5_000;

    private final Emulator emulator;
    private long cursor;

    JournalReader(Emulator emulator) {
        this.emulator = emulator;
        List<JournalEvent> all = readFrom(0);
        this.cursor = all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
    }

    /** The events since the last call that concern these secrets. */
    List<JournalEvent> next(Set<String> secretArns) {
        List<JournalEvent> events = readFrom(cursor);
        if (!events.isEmpty()) {
            cursor = events.get(events.size() - 1).sequence();
        }
        return events.stream().filter(e -> secretArns.contains(e.secretArn())).toList();
    }

    private List<JournalEvent> readFrom(long after) {
        List<JournalEvent> all = new ArrayList<>();
        List<JournalEvent> page;
        long from = after;
        do {
            page = emulator.journal(from, PAGE);
            all.addAll(page);
            if (!page.isEmpty()) {
                from = page.get(page.size() - 1).sequence();
            }
        } while (page.size() == PAGE);
        return all;
    }

    /** Steps and label moves as timeline entries, on the wall clock (the emulator's clock may have been advanced). */
    List<TimelineEntry> timeline(List<JournalEvent> events) {
        List<TimelineEntry> entries = new ArrayList<>();
        var offset = emulator.clock().offset();
        for (JournalEvent e : events) {
            Instant at = e.timestamp().minus(offset);
            Map<String, Object> detail = e.detail() == null ? Map.of() : e.detail();
            switch (e.type()) {
                case ROTATION_STEP_SUCCEEDED -> entries.add(new TimelineEntry(at, "step", detail.get("step")
                        + (Boolean.TRUE.equals(detail.get("repeat")) ? " (repeat)" : "") + " succeeded in "
                        + detail.get("durationMs") + " ms", true));
                case ROTATION_STEP_FAILED -> entries.add(new TimelineEntry(at, "step", detail.get("step")
                        + " failed: " + detail.get("errorType") + ": " + detail.get("errorMessage"), false));
                case LABEL_ATTACHED, LABEL_MOVED, LABEL_REMOVED -> entries.add(new TimelineEntry(at, "label",
                        Evidence.line(e), true));
                default -> {
                    if (e.type() == EventType.ROTATION_FAILED || e.type() == EventType.ROTATION_SUCCEEDED) {
                        entries.add(new TimelineEntry(at, "step", Evidence.line(e),
                                e.type() == EventType.ROTATION_SUCCEEDED));
                    }
                }
            }
        }
        return entries;
    }
}
