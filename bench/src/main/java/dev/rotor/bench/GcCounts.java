package dev.rotor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A Java server's garbage collections so far, read with {@code jstat -gcutil} (the JVM's performance counters; the
 * server's flags stay as they are). The difference over a window tells how many full collections stalled it.
 */
record GcCounts(long young, long full, double fullSeconds) {

    /** The counts of the JVM with process id {@code pid}, or empty if jstat cannot read them. */
    static Optional<GcCounts> of(long pid) {
        try {
            Process jstat = new ProcessBuilder(jstat(), "-gcutil", Long.toString(pid)).redirectErrorStream(true)
                    .start();
            String output = new String(jstat.getInputStream().readAllBytes());
            return jstat.waitFor() == 0 ? parse(output) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Parses jstat's header line and value line; empty if the columns YGC, FGC and FGCT are not both there. */
    static Optional<GcCounts> parse(String jstatOutput) {
        List<String> lines = jstatOutput.lines().filter(l -> !l.isBlank()).toList();
        if (lines.size() < 2) {
            return Optional.empty();
        }
        List<String> header = Arrays.asList(lines.get(0).trim().split("\\s+"));
        String[] values = lines.get(1).trim().split("\\s+");
        int young = header.indexOf("YGC");
        int full = header.indexOf("FGC");
        int fullTime = header.indexOf("FGCT");
        if (young < 0 || full < 0 || fullTime < 0 || values.length != header.size()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GcCounts(Long.parseLong(values[young]), Long.parseLong(values[full]),
                    Double.parseDouble(values[fullTime])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The collections since {@code before}. */
    GcCounts since(GcCounts before) {
        return new GcCounts(young - before.young, full - before.full, fullSeconds - before.fullSeconds);
    }

    private static String jstat() {
        Path beside = Path.of(System.getProperty("java.home"), "bin", "jstat");
        return Files.isExecutable(beside) ? beside.toString() : "jstat";
    }
}
