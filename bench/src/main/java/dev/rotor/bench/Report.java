package dev.rotor.bench;

import dev.rotor.bench.EmulatorBenchmark.Server;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the measurements and renders them as Markdown, with medians and the targets. */
final class Report {
    /** The two latency percentiles the throughput tables show. */
    private static final String LATENCY_DEFINITIONS = """

            Latency comes in two kinds. **Per request** (PutSecretValue and CreateSecret): the wrk script times every
            write from sending it to its answer (matched by the VersionId, which is the request's ClientRequestToken),
            in 10 us buckets; this is what a client's calls take. **Corrected for coordinated omission (wrk)**: wrk's
            own percentiles, where wrk (unlike wrk2) adds synthetic samples for every latency longer than the expected
            interval between requests, as if requests had kept arriving on schedule during the stall. In this closed
            loop at thousands of requests a second that interval is a fraction of a millisecond, so one 80 ms pause (a
            full garbage collection) adds hundreds of samples: the corrected p99 measures how much of the time the
            server stalls. GetSecretValue's figures are wrk's (corrected).
            """;

    private final Map<String, String> environment;
    private final Map<Server, List<Double>> startups = new EnumMap<>(Server.class);
    private final List<ThroughputRun.Measured> throughput = new ArrayList<>();
    private final List<Double> restarts = new ArrayList<>();
    private final Map<String, Double> memory = new LinkedHashMap<>();

    Report(Map<String, String> environment) {
        this.environment = environment;
    }

    Map<String, String> environment() {
        return environment;
    }

    void startup(Server server, double millis) {
        startups.computeIfAbsent(server, s -> new ArrayList<>()).add(millis);
    }

    void throughput(ThroughputRun.Measured measured) {
        throughput.add(measured);
    }

    List<ThroughputRun.Measured> throughput() {
        return throughput;
    }

    void restart(double millis) {
        restarts.add(millis);
    }

    void memory(String what, double mib) {
        memory.put(what, mib);
    }

    String markdown(Options options) {
        StringBuilder md = new StringBuilder("# Rotor emulator benchmark\n\n");
        environment.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        List<String[]> targets = new ArrayList<>();
        if (options.runs("throughput")) {
            md.append(LATENCY_DEFINITIONS);
            ThroughputTables tables = new ThroughputTables(throughput, options);
            md.append(tables.markdown());
            targets.addAll(tables.targets());
        }
        if (options.runs("startup")) {
            md.append("\n## Start to first 200 (GetRandomPassword, polled every 5 ms from process start)\n\n");
            md.append("| Server | median ms | runs ms |\n|---|---:|---|\n");
            startups.forEach((server, runs) -> md.append(String.format("| %s | %.0f | %s |%n", server.label,
                    Stats.medianOf(runs), list(runs))));
            double start = Stats.medianOf(startups.getOrDefault(Server.ROTOR, List.of(Double.NaN)));
            targets.add(target("Rotor start to first 200 <= 1 s", String.format("%.0f ms", start), start <= 1000));
        }
        if (options.runs("restart")) {
            md.append(String.format("%n## Restart on a data directory (%d secrets x %d versions)%n%n", options.secrets(),
                    options.versions()));
            md.append("Process start to the first 200 from GetSecretValue of one of the secrets, polled every 5 ms.\n\n");
            md.append(String.format("| median ms | runs ms |%n|---:|---|%n| %.0f | %s |%n", Stats.medianOf(restarts),
                    list(restarts)));
            double restart = Stats.medianOf(restarts);
            targets.add(target("Restart with " + options.secrets() + " x " + options.versions()
                    + " on --data-dir: first good request <= 1 s", String.format("%.0f ms", restart), restart <= 1000));
        }
        if (options.runs("memory")) {
            md.append("\n## Resident memory (VmRSS)\n\n| Process | RSS MiB |\n|---|---:|\n");
            memory.forEach((what, mib) -> md.append(String.format("| %s | %.0f |%n", what, mib)));
            double rss = memory.values().stream().reduce((a, b) -> b).orElse(Double.NaN);
            double megabytes = rss * 1024 * 1024 / 1e6;
            targets.add(target("Rotor RSS with " + options.secrets() + " secrets x " + options.versions()
                    + " versions <= 200 MB", String.format("%.0f MiB (%.0f MB)", rss, megabytes), megabytes <= 200));
        }
        md.append("\n## Targets\n\n| Target | Measured | Result |\n|---|---|---|\n");
        targets.forEach(t -> md.append("| ").append(String.join(" | ", t)).append(" |\n"));
        return md.toString();
    }

    static String[] target(String target, String measured, boolean met) {
        return new String[] {target, measured, met ? "met" : "MISSED"};
    }

    static String list(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format("%.0f", v)).toList());
    }
}
