package dev.rotor.bench;

import dev.rotor.bench.EmulatorBenchmark.Operation;
import dev.rotor.bench.EmulatorBenchmark.Server;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Throughput from the first second: each server is started afresh for each operation and repetition, measured with
 * wrk from the moment it answers (the warm-up curve: answers per second since its process started), and then in a
 * steady window. Servers take turns within each repetition, so background load on a shared machine hits all alike.
 */
final class ThroughputRun {
    static final int GET_SECRETS = 10;
    /** PutSecretValue calls per secret: well below the quota of 100 versions a day. */
    static final int PUTS_PER_SECRET = 80;

    private final Options options;
    private final Launcher launcher;
    private final Wrk wrk;
    private int runId;

    /** Starts a server process. */
    @FunctionalInterface
    interface Launcher {
        ServerProcess launch(Server server) throws IOException;
    }

    /**
     * One server process for one operation: start to first 200, the warm-up curve, and the steady window (with the
     * server's CPU time per request from /proc and, for a Java server's writes, its collections from jstat).
     */
    record Measured(Server server, Operation operation, int rep, double readyMillis, Wrk.Result curve,
                    Wrk.Result steady, double serverCpuMicros, Optional<GcCounts> steadyCollections) {

        /** Answers per second over the first {@code seconds} after the process started. */
        double firstSeconds(int seconds) {
            return curve.perSecond(0, seconds);
        }
    }

    ThroughputRun(Options options, Launcher launcher, Wrk wrk) {
        this.options = options;
        this.launcher = launcher;
        this.wrk = wrk;
    }

    void measure(Report report) throws Exception {
        for (int rep = 1; rep <= options.reps(); rep++) {
            for (Server server : List.of(Server.ROTOR, Server.BARE, Server.MOTO)) {
                report.throughput(run(server, Operation.GET, rep));
            }
            for (Server server : List.of(Server.ROTOR, Server.MOTO)) {
                report.throughput(run(server, Operation.PUT, rep));
            }
        }
    }

    private Measured run(Server server, Operation operation, int rep) throws Exception {
        try (ServerProcess process = launcher.launch(server)) {
            double ready = process.awaitReady(30_000);
            String prefix = "r" + rep + "-" + operation.key;
            int curveSeconds = operation == Operation.GET ? options.curveSeconds() : options.coldSeconds();
            int n = operation == Operation.GET ? GET_SECRETS : PUTS_PER_SECRET;
            if (server != Server.BARE) {
                prepare(process, operation, prefix);
            }
            long sinceStart = System.currentTimeMillis() - process.startedEpochMillis();
            int remaining = Math.max(1, (int) Math.ceil(curveSeconds - sinceStart / 1000.0));
            Wrk.Result curve = wrk.run(process.endpoint(), operation.key, process.startedEpochMillis(), prefix, n,
                    remaining, ++runId);
            if (operation == Operation.PUT) {
                // an unmeasured warm-up window; every PUT run writes to secrets of its own (new prefix)
                prepare(process, operation, prefix + "-warm");
                wrk.run(process.endpoint(), operation.key, System.currentTimeMillis(), prefix + "-warm", n,
                        options.warmupSeconds(), ++runId);
                prefix = prefix + "-steady";
                prepare(process, operation, prefix);
            }
            boolean countCollections = operation == Operation.PUT && server != Server.MOTO;
            Optional<GcCounts> gcBefore = countCollections ? GcCounts.of(process.pid()) : Optional.empty();
            double cpuBefore = process.cpuMillis();
            Wrk.Result steady = wrk.run(process.endpoint(), operation.key, System.currentTimeMillis(), prefix, n,
                    options.windowSeconds(), ++runId);
            double cpuMicros = (process.cpuMillis() - cpuBefore) * 1000 / Math.max(1, steady.requests());
            Optional<GcCounts> collections = gcBefore.flatMap(before -> GcCounts.of(process.pid())
                    .map(after -> after.since(before)));
            Measured measured = new Measured(server, operation, rep, ready, curve, steady, cpuMicros, collections);
            System.out.println(summary(measured, Math.min(10, curveSeconds)));
            return measured;
        }
    }

    /** The console line of one run; writes show the exact p99 per request beside wrk's corrected one. */
    private static String summary(Measured m, int first) {
        Wrk.Result steady = m.steady();
        String latency = m.operation() == Operation.PUT
                ? String.format("p50 %5.2f ms  p99 %5.2f ms per request (corrected %6.2f ms)  unmatched %d%s",
                        steady.perRequest().p50Millis(), steady.perRequest().p99Millis(), steady.p99Millis(),
                        steady.perRequest().unmatched(), m.steadyCollections().map(gc -> String.format(
                                "  full GCs %d (%.0f ms)", gc.full(), gc.fullSeconds() * 1000)).orElse(""))
                : String.format("p50 %5.2f ms  p99 %5.2f ms", steady.p50Millis(), steady.p99Millis());
        return String.format("rep %d %-12s %-14s ready %4.0f ms  first %2d s %7.0f req/s  steady %7.0f req/s  %s"
                        + "  server CPU %4.0f us/req  errors %d/%d", m.rep(), m.server().label,
                m.operation().wireName, m.readyMillis(), first, m.firstSeconds(first), steady.perSecond(), latency,
                m.serverCpuMicros(), m.curve().errors(), steady.errors());
    }

    /**
     * The secrets wrk needs first: GET reads {@link #GET_SECRETS} secrets; PUT's script creates its secrets as it
     * goes, two ahead of its writes, so each thread's first two are made here (aws.lua).
     */
    private static void prepare(ServerProcess process, Operation operation, String prefix) throws Exception {
        try (AwsJsonClient client = new AwsJsonClient(process.endpoint())) {
            if (operation == Operation.GET) {
                SecretsFill.fill(client, prefix, GET_SECRETS, 1);
            } else {
                for (int thread = 1; thread <= Wrk.THREADS; thread++) {
                    SecretsFill.fill(client, prefix + "-t" + thread, 2, 1);
                }
            }
        }
    }
}
