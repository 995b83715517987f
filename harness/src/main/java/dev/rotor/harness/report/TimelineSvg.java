package dev.rotor.harness.report;

import dev.rotor.harness.result.TimelineEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Draws a scenario's timeline as inline SVG: time on the x-axis from the first entry, one lane per kind (actions,
 * steps, faults, labels, probes, violations), a mark per entry coloured ok or failed (a fault armed is ok, a fault
 * firing is failed), its text as the hover title.
 */
final class TimelineSvg {

    /** The lanes in display order: the {@code TimelineEntry.lane} value and the heading shown for it. */
    static final List<String[]> LANES = List.of(
            new String[] {"action", "actions"},
            new String[] {"step", "steps"},
            new String[] {"fault", "faults"},
            new String[] {"label", "labels"},
            new String[] {"probe", "probes"},
            new String[] {"violation", "violations"});

    private static final int WIDTH = 1000;
    private static final int GUTTER = 86;
    private static final int RIGHT = 36;
    private static final int TOP = 6;
    private static final int LANE = 28;
    private static final int AXIS = 24;
    private static final int PLOT = WIDTH - GUTTER - RIGHT;

    String render(List<TimelineEntry> timeline) {
        List<TimelineEntry> entries = timeline == null ? List.of() : timeline.stream()
                .filter(e -> e.at() != null).sorted(Comparator.comparing(TimelineEntry::at)).toList();
        int height = TOP + LANE * LANES.size() + AXIS;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"timeline\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"timeline\" preserveAspectRatio=\"xMinYMin meet\">\n");
        for (int i = 0; i < LANES.size(); i++) {
            int y = TOP + i * LANE;
            svg.append("<rect class=\"lane").append(i % 2 == 0 ? " even" : "").append("\" x=\"0\" y=\"").append(y)
                    .append("\" width=\"").append(WIDTH).append("\" height=\"").append(LANE).append("\"/>")
                    .append("<text class=\"lane-name\" x=\"8\" y=\"").append(y + LANE / 2 + 4).append("\">")
                    .append(LANES.get(i)[1]).append("</text>\n");
        }
        if (entries.isEmpty()) {
            svg.append("<text class=\"empty\" x=\"").append(GUTTER + PLOT / 2).append("\" y=\"")
                    .append(TOP + LANE * LANES.size() / 2 + 4).append("\" text-anchor=\"middle\">")
                    .append("nothing recorded</text>\n</svg>");
            return svg.toString();
        }
        Instant start = entries.get(0).at();
        long spanMicros = Math.max(1000, micros(start, entries.get(entries.size() - 1).at()));
        axis(svg, spanMicros);
        double lastActionLabelEnd = -1;
        for (TimelineEntry entry : entries) {
            int lane = laneIndex(entry.lane());
            long offset = micros(start, entry.at());
            double x = GUTTER + PLOT * (double) offset / spanMicros;
            int mid = TOP + lane * LANE + LANE / 2;
            String title = "+" + Durations.human(offset / 1000) + " · " + entry.lane() + " · " + entry.text();
            String cls = entry.ok() ? "ok" : "bad";
            svg.append("<g class=\"mark ").append(cls).append("\"><title>").append(Html.escape(title))
                    .append("</title>");
            shape(svg, laneName(lane), x, mid);
            svg.append("</g>");
            if (lane == 0 && x > lastActionLabelEnd) {
                lastActionLabelEnd = actionLabel(svg, entry.text(), x, mid);
            }
            svg.append('\n');
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /**
     * Writes an action's text beside its mark: to the right, or to the left near the end of the axis; returns
     * where the text ends so the next label does not overlap it (about 6 units per character at this font size).
     */
    private static double actionLabel(StringBuilder svg, String text, double x, int mid) {
        String label = Html.shorten(text, 30);
        double width = label.length() * 6.0;
        boolean left = x + 8 + width > WIDTH - 4;
        svg.append("<text class=\"mark-label\" x=\"").append(fmt(left ? x - 8 : x + 8)).append("\" y=\"")
                .append(mid + 4).append(left ? "\" text-anchor=\"end\">" : "\">").append(Html.escape(label))
                .append("</text>");
        return left ? x + 8 : x + 16 + width;
    }

    private static void shape(StringBuilder svg, String lane, double x, int mid) {
        switch (lane) {
            case "action" -> svg.append("<path d=\"M").append(fmt(x)).append(' ').append(mid - 7).append(" l6 7 l-6 7")
                    .append(" l-6 -7 z\"/>");
            case "step" -> svg.append("<rect x=\"").append(fmt(x - 3)).append("\" y=\"").append(mid - 8)
                    .append("\" width=\"6\" height=\"16\" rx=\"2\"/>");
            case "label" -> svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(mid)
                    .append("\" r=\"5\"/>");
            case "fault" -> svg.append("<path d=\"M").append(fmt(x + 2)).append(' ').append(mid - 9)
                    .append(" l-7 10 h5 l-2 8 l7 -10 h-5 z\"/>");
            case "probe" -> svg.append("<rect x=\"").append(fmt(x - 1)).append("\" y=\"").append(mid - 6)
                    .append("\" width=\"2.5\" height=\"12\"/>");
            default -> svg.append("<path d=\"M").append(fmt(x)).append(' ').append(mid - 8).append(" l8 14 h-16 z\"/>");
        }
    }

    /** Ticks at a round interval (1, 2 or 5 times a power of ten milliseconds), about eight across. */
    private static void axis(StringBuilder svg, long spanMicros) {
        int y = TOP + LANE * LANES.size();
        svg.append("<line class=\"axis\" x1=\"").append(GUTTER).append("\" y1=\"").append(y).append("\" x2=\"")
                .append(GUTTER + PLOT).append("\" y2=\"").append(y).append("\"/>\n");
        long step = niceStepMicros(spanMicros / 8);
        for (long t = 0; t <= spanMicros; t += step) {
            double x = GUTTER + PLOT * (double) t / spanMicros;
            svg.append("<line class=\"tick\" x1=\"").append(fmt(x)).append("\" y1=\"").append(TOP).append("\" x2=\"")
                    .append(fmt(x)).append("\" y2=\"").append(y + 4).append("\"/>")
                    .append("<text class=\"tick-label\" x=\"").append(fmt(x)).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"middle\">").append(tickLabel(t, step)).append("</text>\n");
        }
    }

    static long niceStepMicros(long roughMicros) {
        long step = 1000;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (step * factor >= roughMicros) {
                    return step * factor;
                }
            }
            step *= 10;
        }
    }

    private static String tickLabel(long micros, long step) {
        if (step < 1_000_000) {
            return micros / 1000 + " ms";
        }
        return String.format(Locale.ROOT, step < 10_000_000 ? "%.1f s" : "%.0f s", micros / 1_000_000.0);
    }

    private static int laneIndex(String lane) {
        for (int i = 0; i < LANES.size(); i++) {
            if (LANES.get(i)[0].equals(lane)) {
                return i;
            }
        }
        return laneIndex("label"); // an unknown lane is drawn with the labels rather than dropped
    }

    private static String laneName(int index) {
        return LANES.get(index)[0];
    }

    private static long micros(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1000;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
