package dev.rotor.harness.runner;

import dev.rotor.emulator.admin.RotorAdmin;
import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.harness.invariants.Evidence;
import dev.rotor.harness.result.TimelineEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the emulator's journal incrementally for one scenario's secret, and turns events into timeline entries. */
final class JournalReader {
    private static final int PAGE = 5_000;

    private final RotorAdmin admin;
    private final String secretArn;
    private long cursor;

    /** A reader of the events that come after this moment. */
    JournalReader(RotorAdmin admin, String secretArn) {
        this.admin = admin;
        this.secretArn = secretArn;
        List<JournalEvent> all = readFrom(0);
        this.cursor = all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
    }

    /** The events since the last call that concern the secret. */
    List<JournalEvent> next() {
        List<JournalEvent> events = readFrom(cursor);
        if (!events.isEmpty()) {
            cursor = events.get(events.size() - 1).sequence();
        }
        return events.stream().filter(e -> secretArn.equals(e.secretArn())).toList();
    }

    private List<JournalEvent> readFrom(long after) {
        List<JournalEvent> all = new ArrayList<>();
        List<JournalEvent> page;
        long from = after;
        do {
            page = admin.journal(from, PAGE);
            all.addAll(page);
            if (!page.isEmpty()) {
                from = page.get(page.size() - 1).sequence();
            }
        } while (page.size() == PAGE);
        return all;
    }

    /** {@code lambda lose-response}: the fault's layer and kind. */
    private static String fault(Map<String, Object> detail) {
        return detail.get("layer") + " " + detail.get("kind");
    }

    /** The other details, e.g. {@code (during setSecret, times 1)}; empty when there are none. */
    private static String options(Map<String, Object> detail, String... shown) {
        List<String> rest = new ArrayList<>();
        detail.forEach((key, value) -> {
            if (!List.of(shown).contains(key) && value != null) {
                rest.add(key + " " + value);
            }
        });
        return rest.isEmpty() ? "" : " (" + String.join(", ", rest) + ")";
    }

    /**
     * Steps, faults and label moves as timeline entries, on the wall clock (the emulator's clock may have been
     * advanced).
     */
    List<TimelineEntry> timeline(List<JournalEvent> events) {
        List<TimelineEntry> entries = new ArrayList<>();
        Duration offset = admin.clock().offset();
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
                case ROTATION_SUCCEEDED -> entries.add(new TimelineEntry(at, "step", Evidence.line(e), true));
                case ROTATION_FAILED -> entries.add(new TimelineEntry(at, "step", Evidence.line(e), false));
                case FAULT_ARMED -> entries.add(new TimelineEntry(at, "fault", "armed " + fault(detail)
                        + options(detail, "layer", "kind"), true));
                case FAULT_FIRED -> entries.add(new TimelineEntry(at, "fault", fault(detail)
                        + ("race".equals(detail.get("layer")) ? " after " : " fired in ") + detail.get("step")
                        + options(detail, "layer", "kind", "step", "repeat", "fired", "requestId", "action"), false));
                default -> {
                    // other events are in the evidence, not on the timeline
                }
            }
        }
        return entries;
    }
}
