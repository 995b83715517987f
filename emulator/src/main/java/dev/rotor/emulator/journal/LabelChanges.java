package dev.rotor.emulator.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Turns two label → version maps (before and after a change) into label events. */
public final class LabelChanges {
    private LabelChanges() {
    }

    public static List<JournalEvent> between(Map<String, String> before, Map<String, String> after, String secretArn,
                                             String secretName) {
        TreeSet<String> labels = new TreeSet<>(before.keySet());
        labels.addAll(after.keySet());
        List<JournalEvent> events = new ArrayList<>();
        for (String label : labels) {
            String from = before.get(label);
            String to = after.get(label);
            if (from == null) {
                events.add(JournalEvent.of(EventType.LABEL_ATTACHED, secretArn, secretName).withVersion(to)
                        .withLabel(label, null));
            } else if (to == null) {
                events.add(JournalEvent.of(EventType.LABEL_REMOVED, secretArn, secretName).withVersion(from)
                        .withLabel(label, from));
            } else if (!from.equals(to)) {
                events.add(JournalEvent.of(EventType.LABEL_MOVED, secretArn, secretName).withVersion(to)
                        .withLabel(label, from));
            }
        }
        return events;
    }
}
