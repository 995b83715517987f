package dev.rotor.harness.report;

import java.time.Duration;
import java.util.Locale;

/** How reports write durations: for people ("412 ms", "3.40 s", "2 min 05 s") and for JUnit XML (seconds). */
final class Durations {

    private Durations() {
    }

    static String human(Duration duration) {
        return duration == null ? "-" : human(duration.toMillis());
    }

    static String human(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    /** Seconds with millisecond precision and a dot, as JUnit XML's {@code time} attributes want. */
    static String seconds(Duration duration) {
        long millis = duration == null ? 0 : duration.toMillis();
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
