package dev.rotor.harness.invariants;

import dev.rotor.emulator.journal.JournalEvent;

import java.util.List;
import java.util.Map;

/** One-line summaries of journal events, for a violation's evidence (never a value). */
public final class Evidence {
    private static final int MAX_LINES = 12;

    private Evidence() {
    }

    public static String line(JournalEvent e) {
        StringBuilder text = new StringBuilder("#").append(e.sequence()).append(' ').append(e.type());
        Map<String, Object> detail = e.detail() == null ? Map.of() : e.detail();
        if (detail.containsKey("step")) {
            text.append(' ').append(detail.get("step"));
            if (Boolean.TRUE.equals(detail.get("repeat"))) {
                text.append(" (repeat)");
            }
        }
        if (e.label() != null) {
            text.append(' ').append(e.label());
            text.append(e.fromVersionId() == null ? "" : " " + shortId(e.fromVersionId()) + " ->");
        }
        if (e.versionId() != null) {
            text.append(' ').append(shortId(e.versionId()));
        }
        if (detail.containsKey("errorType")) {
            text.append(": ").append(detail.get("errorType")).append(": ").append(detail.get("errorMessage"));
        }
        if (detail.containsKey("error")) {
            text.append(": ").append(detail.get("error"));
        }
        return text.toString();
    }

    /** The last few events, summarised. */
    public static List<String> of(List<JournalEvent> events) {
        List<JournalEvent> tail = events.size() <= MAX_LINES ? events : events.subList(events.size() - MAX_LINES,
                events.size());
        return tail.stream().map(Evidence::line).toList();
    }

    static String shortId(String versionId) {
        return versionId.length() > 8 ? versionId.substring(0, 8) : versionId;
    }
}
