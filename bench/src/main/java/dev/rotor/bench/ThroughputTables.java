package dev.rotor.bench;

import dev.rotor.bench.EmulatorBenchmark.Operation;
import dev.rotor.bench.EmulatorBenchmark.Server;
import dev.rotor.bench.ThroughputRun.Measured;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The throughput part's tables: the warm-up curve, first 10 s and steady figures, and their targets. */
final class ThroughputTables {
    static final int FIRST_SECONDS = 10;

    private final List<Measured> runs;
    private final Options options;

    ThroughputTables(List<Measured> runs, Options options) {
        this.runs = runs;
        this.options = options;
    }

    /** The runs of one server and operation, in repetition order. */
    List<Measured> of(Server server, Operation operation) {
        return runs.stream().filter(r -> r.server() == server && r.operation() == operation)
                .sorted(Comparator.comparingInt(Measured::rep)).toList();
    }

    /** Median answers per second for each second since the process start, over the repetitions. */
    double[] curve(Server server, Operation operation, int seconds) {
        List<Measured> measured = of(server, operation);
        double[] curve = new double[seconds];
        for (int s = 0; s < seconds; s++) {
            int second = s;
            curve[s] = Stats.medianOf(measured.stream().map(m -> second < m.curve().okPerSecond().length
                    ? (double) m.curve().okPerSecond()[second] : 0.0).toList());
        }
        return curve;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format("%n## GetSecretValue from the process start (warm-up curve)%n%n"
                + "wrk -t%d -c%d (keep-alive; moto answers `Connection: close` and wrk reconnects) with"
                + " `bench/src/main/resources/wrk/aws.lua`. Each server is started afresh %d times, taking turns; the"
                + " figures are answers in each second since its process started, median over the starts. Rotor and"
                + " moto get %d secrets created right after their first answer (inside the curve); GetSecretValue"
                + " reads them in turn. Plot: `bench/results/warmup.svg`.%n%n", Wrk.THREADS, Wrk.CONNECTIONS,
                options.reps(), ThroughputRun.GET_SECRETS));
        List<Server> getServers = List.of(Server.ROTOR, Server.BARE, Server.MOTO);
        md.append("| second |");
        getServers.forEach(s -> md.append(' ').append(s.label).append(" |"));
        md.append("\n|---:|").append("---:|".repeat(getServers.size())).append('\n');
        List<double[]> curves = getServers.stream().map(s -> curve(s, Operation.GET, options.curveSeconds())).toList();
        for (int s = 0; s < options.curveSeconds(); s++) {
            md.append("| ").append(s + 1).append(" |");
            for (double[] curve : curves) {
                md.append(String.format(" %.0f |", curve[s]));
            }
            md.append('\n');
        }
        figures(md, Operation.GET, getServers, "GetSecretValue: first " + FIRST_SECONDS + " s and steady");
        figures(md, Operation.PUT, List.of(Server.ROTOR, Server.MOTO), "PutSecretValue: first "
                + Math.min(FIRST_SECONDS, options.coldSeconds()) + " s (cold) and steady");
        return md.toString();
    }

    private void figures(StringBuilder md, Operation operation, List<Server> servers, String title) {
        int first = Math.min(FIRST_SECONDS, operation == Operation.GET ? options.curveSeconds() : options.coldSeconds());
        boolean writes = operation == Operation.PUT;
        md.append(String.format("%n## %s%n%n", title));
        md.append(String.format("First %d s: answers in the first %d s after the process start / %d. Steady: a window of"
                        + " %d s after the curve%s. Medians over %d starts. %s%n%n", first, first, first,
                options.windowSeconds(), writes ? " and an unmeasured " + options.warmupSeconds()
                        + " s; wrk creates the secrets it writes to as it goes (a CreateSecret, then "
                        + ThroughputRun.PUTS_PER_SECRET + " PutSecretValue; the CreateSecrets are counted)" : "",
                options.reps(), writes ? "Latency: p50 and p99 per request (exact), and wrk's p99 corrected for"
                        + " coordinated omission (see the header)." : "Latency: wrk's, corrected for coordinated"
                        + " omission (see the header)."));
        md.append("| Server | start to first 200 ms | first ").append(first).append(" s req/s | steady req/s | ")
                .append(writes ? "p50 ms per request | p99 ms per request | p99 ms corrected (wrk)"
                        : "p50 ms corrected (wrk) | p99 ms corrected (wrk)")
                .append(" | server CPU us/req | errors | first ").append(first).append(" s per start | steady per"
                        + " start |\n|---|---:|---:|---:|---:|---:|").append(writes ? "---:|" : "")
                .append("---:|---:|---|---|\n");
        for (Server server : servers) {
            List<Measured> measured = of(server, operation);
            String latency = writes ? String.format("%.2f | %.2f | %.2f",
                    Stats.median(measured, m -> m.steady().perRequest().p50Millis()),
                    Stats.median(measured, m -> m.steady().perRequest().p99Millis()),
                    Stats.median(measured, m -> m.steady().p99Millis()))
                    : String.format("%.2f | %.2f", Stats.median(measured, m -> m.steady().p50Millis()),
                    Stats.median(measured, m -> m.steady().p99Millis()));
            md.append(String.format("| %s | %.0f | %.0f | %.0f | %s | %.0f | %d | %s | %s |%n", server.label,
                    Stats.median(measured, Measured::readyMillis), Stats.median(measured, m -> m.firstSeconds(first)),
                    Stats.median(measured, m -> m.steady().perSecond()), latency,
                    Stats.median(measured, Measured::serverCpuMicros),
                    measured.stream().mapToLong(m -> m.curve().errors() + m.steady().errors()).sum(),
                    Report.list(values(measured, m -> m.firstSeconds(first))),
                    Report.list(values(measured, m -> m.steady().perSecond()))));
        }
        if (writes) {
            writeLatencies(md, servers);
        }
    }

    /** Each start's steady write latencies: exact per request, wrk's corrected p99, and Rotor's full collections. */
    private void writeLatencies(StringBuilder md, List<Server> servers) {
        md.append("\nSteady PutSecretValue latency per start. Per request: from sending each write to its answer,"
                + " matched by the answer's VersionId (the request's ClientRequestToken); \"unmatched\" counts answers"
                + " that matched no request (should be 0). Full GCs: the server's full collections in the window"
                + " (`jstat -gcutil`, Java servers only); each stalls every connection at once, which is what the"
                + " corrected p99 shows.\n\n| Server | start | timed answers | unmatched | p50 ms | p99 ms | p99.9 ms |"
                + " max ms | p99 ms corrected (wrk) | full GCs (ms) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Server server : servers) {
            for (Measured m : of(server, Operation.PUT)) {
                Wrk.RequestLatency exact = m.steady().perRequest();
                md.append(String.format("| %s | %d | %d | %d | %.2f | %.2f | %.2f | %.1f | %.2f | %s |%n",
                        server.label, m.rep(), exact.answers(), exact.unmatched(), exact.p50Millis(),
                        exact.p99Millis(), exact.p999Millis(), exact.maxMillis(), m.steady().p99Millis(),
                        m.steadyCollections().map(gc -> String.format("%d (%.0f)", gc.full(), gc.fullSeconds() * 1000))
                                .orElse("-")));
            }
        }
    }

    List<String[]> targets() {
        List<String[]> targets = new ArrayList<>();
        List<Double> cold = ratios(Server.ROTOR, Server.MOTO, Operation.GET, m -> m.firstSeconds(FIRST_SECONDS));
        targets.add(Report.target("GetSecretValue in the first 10 s after start >= 20x moto_server (same run)",
                ratioText(cold), Stats.medianOf(cold) >= 20));
        List<Double> steady = ratios(Server.ROTOR, Server.BARE, Operation.GET, m -> m.steady().perSecond());
        targets.add(Report.target("Steady GetSecretValue >= 70% of the bare Javalin endpoint (same run)",
                String.format("%.0f%% (per start: %s)", 100 * Stats.medianOf(steady), String.join(", ",
                        steady.stream().map(r -> String.format("%.0f%%", 100 * r)).toList())),
                Stats.medianOf(steady) >= 0.7));
        List<Double> p99 = ratios(Server.ROTOR, Server.BARE, Operation.GET, m -> m.steady().p99Millis());
        targets.add(Report.target("Steady GetSecretValue p99 <= 1.5x the bare endpoint's (same run)", ratioText(p99),
                Stats.medianOf(p99) <= 1.5));
        List<Measured> puts = of(Server.ROTOR, Operation.PUT);
        double putRate = Stats.median(puts, m -> m.steady().perSecond());
        double putP99 = Stats.median(puts, m -> m.steady().perRequest().p99Millis());
        double corrected = Stats.median(puts, m -> m.steady().p99Millis());
        long unmatched = puts.stream().mapToLong(m -> m.steady().perRequest().unmatched()).sum();
        targets.add(Report.target("(aim) steady PutSecretValue >= 5,000 req/s with p99 per request <= 3 ms",
                String.format("%.0f req/s, p99 %.2f ms per request (corrected for coordinated omission by wrk:"
                        + " %.2f ms)%s", putRate, putP99, corrected, unmatched == 0 ? ""
                        : ", " + unmatched + " answers unmatched"),
                putRate >= 5000 && putP99 <= 3 && unmatched == 0));
        return targets;
    }

    /** Rotor's figure over the other server's, per repetition (the servers ran side by side in each). */
    private List<Double> ratios(Server server, Server other, Operation operation, ToDoubleFunction<Measured> metric) {
        List<Measured> a = of(server, operation);
        List<Measured> b = of(other, operation);
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            ratios.add(metric.applyAsDouble(a.get(i)) / metric.applyAsDouble(b.get(i)));
        }
        return ratios;
    }

    private static String ratioText(List<Double> ratios) {
        return String.format("%.1fx (per start: %s)", Stats.medianOf(ratios),
                String.join(", ", ratios.stream().map(r -> String.format("%.1fx", r)).toList()));
    }

    private static List<Double> values(List<Measured> measured, ToDoubleFunction<Measured> metric) {
        return measured.stream().map(metric::applyAsDouble).toList();
    }
}
