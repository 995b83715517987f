package dev.rotor.bench;

import dev.rotor.bench.EmulatorBenchmark.Operation;
import dev.rotor.bench.EmulatorBenchmark.Server;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Collects the measurements and renders them as Markdown, with medians and the targets. */
final class Report {
    private final Map<String, String> environment;
    private final Map<Server, List<Double>> startups = new EnumMap<>(Server.class);
    private final Map<Server, Map<Operation, List<LoadRun.Result>>> windows = new EnumMap<>(Server.class);
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

    void window(Server server, Operation operation, LoadRun.Result result) {
        windows.computeIfAbsent(server, s -> new EnumMap<>(Operation.class))
                .computeIfAbsent(operation, o -> new ArrayList<>()).add(result);
    }

    void memory(String what, double mib) {
        memory.put(what, mib);
    }

    String markdown(Options options) {
        StringBuilder md = new StringBuilder("# Rotor emulator benchmark\n\n");
        environment.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        if (options.runs("throughput")) {
            md.append(String.format("%n## Throughput and latency%n%nHTTP/1.1 over one keep-alive socket per client thread (moto answers Connection: close, so it gets a new connection per request), %d client threads,"
                            + " %.0f s warm-up, then %d windows of %.0f s per server and operation (alternating servers);"
                            + " each figure is the median over the windows.%n%n", EmulatorBenchmark.THREADS,
                    options.warmupMillis() / 1000.0, options.reps(), options.windowMillis() / 1000.0));
            md.append("| Server | Operation | req/s | p50 ms | p99 ms | server CPU us/req | client CPU us/req | errors"
                    + " | req/s per window |\n");
            md.append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
            windows.forEach((server, byOp) -> byOp.forEach((op, results) -> md.append(String.format(
                    "| %s | %s | %.0f | %.2f | %.2f | %.0f | %.0f | %d | %s |%n", server.label, op.wireName,
                    median(results, LoadRun.Result::perSecond), median(results, LoadRun.Result::p50Millis),
                    median(results, LoadRun.Result::p99Millis), median(results, LoadRun.Result::serverCpuMicros),
                    median(results, LoadRun.Result::clientCpuMicros),
                    results.stream().mapToLong(LoadRun.Result::errors).sum(),
                    String.join(", ", results.stream().map(r -> String.format("%.0f", r.perSecond())).toList())))));
        }
        if (options.runs("startup")) {
            md.append("\n## Start to first 200 (GetRandomPassword, polled every 5 ms from process start)\n\n");
            md.append("| Server | median ms | runs ms |\n|---|---:|---|\n");
            startups.forEach((server, runs) -> md.append(String.format("| %s | %.0f | %s |%n", server.label,
                    median(runs), String.join(", ", runs.stream().map(r -> String.format("%.0f", r)).toList()))));
        }
        if (options.runs("memory")) {
            md.append("\n## Resident memory (VmRSS)\n\n| Process | RSS MiB |\n|---|---:|\n");
            memory.forEach((what, mib) -> md.append(String.format("| %s | %.0f |%n", what, mib)));
        }
        md.append("\n## Targets\n\n| Target | Measured | Result |\n|---|---|---|\n");
        if (options.runs("throughput")) {
            double ratio = rate(Server.ROTOR, Operation.GET) / rate(Server.MOTO, Operation.GET);
            target(md, "Rotor GetSecretValue throughput >= 20x moto", String.format("%.1fx", ratio), ratio >= 20);
            double cpuRatio = median(results(Server.MOTO, Operation.GET), LoadRun.Result::serverCpuMicros)
                    / median(results(Server.ROTOR, Operation.GET), LoadRun.Result::serverCpuMicros);
            md.append(String.format("| (context) server CPU per GetSecretValue, moto / Rotor | %.1fx | - |%n", cpuRatio));
            double p99 = median(results(Server.ROTOR, Operation.GET), LoadRun.Result::p99Millis);
            target(md, "Rotor GetSecretValue p99 <= 2 ms", String.format("%.2f ms", p99), p99 <= 2);
        }
        if (options.runs("startup")) {
            double start = median(startups.getOrDefault(Server.ROTOR, List.of()));
            target(md, "Rotor start to first 200 <= 1 s", String.format("%.0f ms", start), start <= 1000);
        }
        if (options.runs("memory")) {
            double rss = memory.values().stream().reduce((a, b) -> b).orElse(Double.NaN);
            double megabytes = rss * 1024 * 1024 / 1e6;
            target(md, "Rotor RSS with " + options.secrets() + " secrets x " + options.versions()
                            + " versions <= 200 MB", String.format("%.0f MiB (%.0f MB)", rss, megabytes),
                    megabytes <= 200);
        }
        return md.toString();
    }

    private static void target(StringBuilder md, String target, String measured, boolean met) {
        md.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "met" : "MISSED")
                .append(" |\n");
    }

    private double rate(Server server, Operation operation) {
        return median(results(server, operation), LoadRun.Result::perSecond);
    }

    private List<LoadRun.Result> results(Server server, Operation operation) {
        return windows.getOrDefault(server, Map.of()).getOrDefault(operation, List.of());
    }

    private static double median(List<LoadRun.Result> results, ToDoubleFunction<LoadRun.Result> metric) {
        return median(results.stream().map(metric::applyAsDouble).toList());
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
