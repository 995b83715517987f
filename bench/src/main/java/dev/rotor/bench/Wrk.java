package dev.rotor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The load generator: wrk with 2 threads and 4 keep-alive connections (moto closes every connection; wrk reconnects)
 * and the benchmark's script (resources {@code wrk/aws.lua}), which counts the answers of each second since the
 * server's process started and times each write exactly.
 */
final class Wrk {
    static final int THREADS = 2;
    static final int CONNECTIONS = 4;

    private final Path script;

    private Wrk(Path script) {
        this.script = script;
    }

    /** wrk from the PATH and the script, copied to {@code dir}. */
    static Wrk prepare(Path dir) throws IOException {
        Path script = dir.resolve("aws.lua");
        try (InputStream in = Wrk.class.getResourceAsStream("/wrk/aws.lua")) {
            Files.write(script, in.readAllBytes());
        }
        return new Wrk(script);
    }

    /**
     * One wrk run: the requests, wrk's latency percentiles (corrected for coordinated omission: wrk adds synthetic
     * samples for every latency longer than the expected interval between requests), the exact latencies of the
     * writes, and the answers per second since {@code startEpochMillis}.
     */
    record Result(long requests, double seconds, double p50Millis, double p99Millis, long socketErrors,
                  RequestLatency perRequest, long[] okPerSecond, long[] failedPerSecond) {

        double perSecond() {
            return (requests - errors()) / seconds;
        }

        long errors() {
            return socketErrors + Arrays.stream(failedPerSecond).sum();
        }

        /** Successful answers in seconds [from, to) after the process start, per second. */
        double perSecond(int from, int to) {
            long sum = 0;
            for (int s = from; s < to && s < okPerSecond.length; s++) {
                sum += okPerSecond[s];
            }
            return sum / (double) (to - from);
        }
    }

    /**
     * The time from sending each write to its answer, matched by the answer's VersionId (the request's
     * ClientRequestToken), over all answered writes; {@code answers} is 0 for reads, {@code unmatched} counts
     * answers that matched no request sent (should be 0).
     */
    record RequestLatency(long answers, long unmatched, double p50Millis, double p99Millis, double p999Millis,
                          double maxMillis) {
    }

    /**
     * Runs {@code operation} for {@code seconds}: "get" reads secrets {@code prefix}-0..(n-1); "put" creates secrets
     * named after {@code prefix} and writes n versions to each (see aws.lua).
     */
    Result run(URI endpoint, String operation, long startEpochMillis, String prefix, int n, int seconds,
               int runId) throws IOException, InterruptedException {
        List<String> command = List.of("wrk", "-t" + THREADS, "-c" + CONNECTIONS, "-d" + seconds + "s",
                "--timeout", "5s", "-s", script.toString(), endpoint.toString(), "--", operation,
                Long.toString(startEpochMillis), prefix, Integer.toString(n), Integer.toString(THREADS),
                Integer.toString(runId));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes());
        if (wrk.waitFor() != 0) {
            throw new IOException("wrk failed: " + output);
        }
        String line = output.lines().filter(l -> l.startsWith("rotor-bench ")).findFirst()
                .orElseThrow(() -> new IOException("wrk printed no result line: " + output));
        Map<String, String> fields = new HashMap<>();
        for (String field : line.substring("rotor-bench ".length()).trim().split(" ")) {
            int eq = field.indexOf('=');
            fields.put(field.substring(0, eq), field.substring(eq + 1));
        }
        RequestLatency perRequest = new RequestLatency(Long.parseLong(fields.get("exact_answers")),
                Long.parseLong(fields.get("exact_unmatched")), millis(fields, "exact_p50_us"),
                millis(fields, "exact_p99_us"), millis(fields, "exact_p999_us"), millis(fields, "exact_max_us"));
        return new Result(Long.parseLong(fields.get("requests")), Long.parseLong(fields.get("duration_us")) / 1e6,
                millis(fields, "p50_us"), millis(fields, "p99_us"), Long.parseLong(fields.get("socket_errors")),
                perRequest, counts(fields.get("ok_per_second")), counts(fields.get("failed_per_second")));
    }

    private static double millis(Map<String, String> fields, String microsField) {
        return Long.parseLong(fields.get(microsField)) / 1000.0;
    }

    private static long[] counts(String list) {
        if (list == null || list.isEmpty()) {
            return new long[0];
        }
        List<Long> values = new ArrayList<>();
        for (String value : list.split(",")) {
            values.add(Long.parseLong(value));
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
