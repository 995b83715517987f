package dev.rotor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.lambda.FunctionDefinition;
import dev.rotor.emulator.lambda.FunctionHost;
import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.RotationSettings;
import dev.rotor.emulator.rotation.StepRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

import static dev.rotor.bench.AwsJsonClient.str;

/**
 * The rotation benchmark: the emulator in-process (as a library), the fixture functions of {@code test-functions}
 * run as real child JVMs under the Lambda RIC, RotateSecret sent over HTTP. Measures warm rotations (wall time from
 * sending RotateSecret to the rotation's end, against the time spent inside the handler as the function measured it
 * itself), the Runtime API round trip of a trivial handler, and cold starts with and without AppCDS. Prints a table
 * and writes {@code bench/results/rotation-latest.md}. Run with {@code ./bench/rotation.sh [--rotations N]
 * [--warmup N] [--colds N]}.
 */
public final class RotationBenchmark {
    private static final String PACKAGE = "dev.rotor.testfunctions.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path jar;
    private final int rotations;
    private final int warmup;
    private final int colds;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder afterTable = new StringBuilder();
    private final Map<String, String> targets = new LinkedHashMap<>();

    private RotationBenchmark(Path jar, int rotations, int warmup, int colds) {
        this.jar = jar;
        this.rotations = rotations;
        this.warmup = warmup;
        this.colds = colds;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".");
        int rotations = 50;
        int warmup = 15;
        int colds = 5;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--root" -> root = Path.of(value);
                case "--rotations" -> rotations = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--colds" -> colds = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --root DIR --rotations N --warmup N --colds N)");
            }
        }
        root = root.toAbsolutePath().normalize();
        Path jar = root.resolve("test-functions/target/rotor-test-functions.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing: build it first (./bench/rotation.sh does)");
        }
        long started = System.nanoTime();
        RotationBenchmark bench = new RotationBenchmark(jar, rotations, warmup, colds);
        String loadBefore = loadAverage();
        bench.run();
        String markdown = bench.markdown(loadBefore, loadAverage(), (System.nanoTime() - started) / 1e9);
        System.out.println();
        System.out.println(markdown);
        Path file = Files.createDirectories(root.resolve("bench/results")).resolve("rotation-latest.md");
        Files.writeString(file, markdown);
        System.out.println("Written to " + file);
    }

    private void run() throws Exception {
        out.append("### Warm rotations\n\n")
                .append("Median over ").append(rotations).append(" rotations (after ").append(warmup)
                .append(" unmeasured), each on its own secret, one at a time. *Wall*: RotateSecret sent (HTTP) to the"
                        + " rotation finished. *Handler*: the sum over the steps of the handler's own wall time,"
                        + " measured inside the function. *Overhead* = wall - handler. *Invoke - handler*: per step,"
                        + " the function host's invocation time minus the handler's time (Runtime API round trip,"
                        + " RIC (de)serialisation). *Orchestration* = wall - sum of invocations. *API calls*: the"
                        + " function's SDK calls back into the emulator; *HTTP*: their request-sent to"
                        + " response-received time (the emulator serving them, over loopback), summed per rotation.\n\n")
                .append("| Function | repeatSteps | steps | wall ms | handler ms | overhead ms | invoke - handler"
                        + " ms/step | orchestration ms | RotateSecret call ms | API calls | SDK ms | HTTP ms |"
                        + " HTTP ms/call |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        EmulatorConfig base = EmulatorConfig.defaults()
                .withFunction(FunctionDefinition.of("service", jar, PACKAGE + "TimedServiceRotation"))
                .withFunction(FunctionDefinition.of("minimal", jar, PACKAGE + "MinimalRotation"))
                .withFunction(FunctionDefinition.of("echo", jar, PACKAGE + "Echo"));
        try (Emulator emulator = Emulator.start(base)) {
            warm(emulator, "service", "ServiceRotation (timed)", false, true);
            warm(emulator, "minimal", "MinimalRotation", false, false);
            echo(emulator);
        }
        try (Emulator emulator = Emulator.start(base.withRotation(RotationSettings.defaults().withRepeatSteps(true)))) {
            warm(emulator, "service", "ServiceRotation (timed)", true, false);
            warm(emulator, "minimal", "MinimalRotation", true, false);
        }
        out.append(afterTable);
        try (Emulator emulator = Emulator.start(base)) {
            serving(emulator);
        }
        out.append("\n### Cold start: first step of a rotation on a new function process\n\n")
                .append("Median over ").append(colds).append(" cold starts (after one unmeasured, which with AppCDS"
                        + " records the archive); the process is stopped between them. *First step*: the function"
                        + " host's time for the createSecret invocation (process start, RIC, handler class init"
                        + " building an SDK client, first handler run); *handler*: the first run alone, measured"
                        + " inside; *rotation*: wall time of the whole rotation.\n\n")
                .append("| Function | AppCDS | first step ms | of which handler ms | rotation ms | runs (first step)"
                        + " ms |\n|---|---|---:|---:|---:|---|\n");
        for (boolean appCds : new boolean[]{false, true}) {
            cold(base, appCds);
        }
    }

    /** One measured warm rotation, in milliseconds. */
    private record Sample(double wall, double rotateCall, int steps, double invocations, double handler, double sdk,
                          double http, long calls) {
        double overhead() {
            return wall - handler;
        }

        double orchestration() {
            return wall - invocations;
        }

        double invokeMinusHandlerPerStep() {
            return (invocations - handler) / steps;
        }
    }

    private void warm(Emulator emulator, String function, String label, boolean repeatSteps, boolean target)
            throws Exception {
        try (AwsJsonClient client = new AwsJsonClient(emulator.endpoint())) {
            List<Sample> samples = new ArrayList<>();
            for (int i = 0; i < warmup + rotations; i++) {
                Sample sample = rotate(emulator, client, function);
                if (i >= warmup) {
                    samples.add(sample);
                }
            }
            double wall = median(samples, Sample::wall);
            double overhead = median(samples, Sample::overhead);
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | **%.1f** | %.2f | %.1f | %.2f | %d"
                            + " | %.1f | %.1f | %.2f |%n", label, repeatSteps ? "on" : "off", samples.get(0).steps(),
                    wall, median(samples, Sample::handler), overhead,
                    median(samples, Sample::invokeMinusHandlerPerStep), median(samples, Sample::orchestration),
                    median(samples, Sample::rotateCall), samples.get(0).calls(), median(samples, Sample::sdk),
                    median(samples, Sample::http), median(samples, s -> s.http() / s.calls())));
            System.out.printf(Locale.ROOT, "%-24s repeatSteps %-3s wall p50 %.1f ms (min %.1f, max %.1f),"
                            + " overhead p50 %.1f ms%n", label, repeatSteps ? "on" : "off", wall,
                    samples.stream().mapToDouble(Sample::wall).min().orElse(0),
                    samples.stream().mapToDouble(Sample::wall).max().orElse(0), overhead);
            if (target) {
                targets.put("Emulator overhead per rotation (wall - handler), ServiceRotation, warm <= 20 ms",
                        String.format(Locale.ROOT, "%.1f ms | %s", overhead, overhead <= 20 ? "met" : "MISSED"));
            }
            if (!repeatSteps && function.equals("minimal")) {
                targets.put("Full rotation of a trivial function, warm process <= 100 ms",
                        String.format(Locale.ROOT, "%.1f ms | %s", wall, wall <= 100 ? "met" : "MISSED"));
            }
            if (!repeatSteps && function.equals("service")) {
                targets.put("(context) full rotation of ServiceRotation (10 API calls), warm",
                        String.format(Locale.ROOT, "%.1f ms | %s", wall, wall <= 100 ? "within 100 ms" : "over 100 ms"));
            }
        }
    }

    private Sample rotate(Emulator emulator, AwsJsonClient client, String function) throws Exception {
        String name = "rot-" + UUID.randomUUID();
        client.require("CreateSecret", "{\"Name\":" + str(name) + ",\"ClientRequestToken\":"
                + str(UUID.randomUUID().toString()) + ",\"SecretString\":" + str("initial-" + name) + "}");
        String arn = emulator.functions().arnOf(function);
        long started = System.nanoTime();
        String body = client.require("RotateSecret", "{\"SecretId\":" + str(name) + ",\"ClientRequestToken\":"
                + str(UUID.randomUUID().toString()) + ",\"RotationLambdaARN\":" + str(arn)
                + ",\"RotationRules\":{\"AutomaticallyAfterDays\":30}}").body();
        double rotateCall = (System.nanoTime() - started) / 1e6;
        String versionId = JSON.readTree(body).path("VersionId").asText();
        RotationRecord record = emulator.rotations().tracker().await(versionId, 60_000)
                .orElseThrow(() -> new IllegalStateException("no rotation for " + versionId));
        long finished = System.nanoTime();
        if (record.status() != RotationRecord.Status.SUCCEEDED) {
            throw new IllegalStateException("rotation of " + name + " ended " + record.status() + ": "
                    + record.error() + "\n" + record.steps());
        }
        Map<String, Invocation> invocations = new LinkedHashMap<>();
        for (Invocation invocation : emulator.functionHost().recentInvocations(function)) {
            invocations.put(invocation.requestId(), invocation);
        }
        double invoked = 0;
        double handler = 0;
        double sdk = 0;
        double http = 0;
        long calls = 0;
        for (StepRecord step : record.steps()) {
            Invocation invocation = invocations.get(step.requestId());
            if (invocation == null) {
                throw new IllegalStateException("invocation " + step.requestId() + " not kept by the function host");
            }
            invoked += invocation.duration().toNanos() / 1e6;
            JsonNode timings = JSON.readTree(invocation.response());
            handler += timings.path("handlerNanos").asLong() / 1e6;
            sdk += timings.path("sdkNanos").asLong() / 1e6;
            http += timings.path("httpNanos").asLong() / 1e6;
            calls += timings.path("calls").asLong();
        }
        return new Sample((finished - started) / 1e6, rotateCall, record.steps().size(), invoked, handler, sdk, http,
                calls);
    }

    private void echo(Emulator emulator) {
        FunctionHost host = emulator.functionHost();
        List<Double> durations = new ArrayList<>();
        for (int i = 0; i < warmup * 4 + rotations * 4; i++) {
            Invocation invocation = host.invoke("echo", "{}");
            if (!invocation.succeeded()) {
                throw new IllegalStateException("Echo failed: " + invocation.error());
            }
            if (i >= warmup * 4) {
                durations.add(invocation.duration().toNanos() / 1e6);
            }
        }
        double p50 = medianOf(durations);
        afterTable.append(String.format(Locale.ROOT, "%nRuntime API round trip of a trivial handler (Echo, warm, `FunctionHost"
                + ".invoke`, %d invokes): median **%.2f ms**, p90 %.2f ms.%n", durations.size(), p50,
                percentile(durations, 0.9)));
        System.out.printf(Locale.ROOT, "Echo warm invoke p50 %.2f ms%n", p50);
        targets.put("(context) Runtime API round trip, Echo, warm", String.format(Locale.ROOT, "%.2f ms | -", p50));
    }

    /**
     * What the emulator takes to serve the API calls a rotation function makes, seen from the benchmark's lean
     * keep-alive client (server work + loopback), for comparison with the function's own HTTP time.
     */
    private void serving(Emulator emulator) throws Exception {
        try (AwsJsonClient client = new AwsJsonClient(emulator.endpoint())) {
            String name = "serve-" + UUID.randomUUID();
            client.require("CreateSecret", "{\"Name\":" + str(name) + ",\"ClientRequestToken\":"
                    + str(UUID.randomUUID().toString()) + ",\"SecretString\":\"initial\"}");
            Map<String, String> calls = new LinkedHashMap<>();
            calls.put("DescribeSecret", "{\"SecretId\":" + str(name) + "}");
            calls.put("GetSecretValue", "{\"SecretId\":" + str(name) + ",\"VersionStage\":\"AWSCURRENT\"}");
            calls.put("GetRandomPassword", "{\"ExcludeCharacters\":\"/@\\\"'\\\\\"}");
            calls.put("PutSecretValue", null);
            out.append("\nThe same API calls from the benchmark's own keep-alive client (emulator work + loopback,"
                    + " no SDK, C2-compiled client), median of ").append(rotations * 4).append(" after ")
                    .append(rotations * 2).append(" unmeasured:\n\n| Operation | median ms | p90 ms |\n|---|---:|---:|\n");
            for (Map.Entry<String, String> call : calls.entrySet()) {
                List<Double> millis = new ArrayList<>();
                String secret = name;
                for (int i = 0; i < rotations * 6; i++) {
                    String body = call.getValue();
                    if (body == null) { // a new AWSPENDING version, on a fresh secret every 50 (version quota)
                        if (i % 50 == 0) {
                            secret = name + "-put-" + i;
                            client.require("CreateSecret", "{\"Name\":" + str(secret) + ",\"ClientRequestToken\":"
                                    + str(UUID.randomUUID().toString()) + ",\"SecretString\":\"initial\"}");
                        }
                        body = "{\"SecretId\":" + str(secret) + ",\"ClientRequestToken\":"
                                + str(UUID.randomUUID().toString()) + ",\"SecretString\":\"pending-" + i + "\","
                                + "\"VersionStages\":[\"AWSPENDING\"]}";
                    }
                    long started = System.nanoTime();
                    client.require(call.getKey(), body);
                    if (i >= rotations * 2) {
                        millis.add((System.nanoTime() - started) / 1e6);
                    }
                }
                out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", call.getKey(), medianOf(millis),
                        percentile(millis, 0.9)));
            }
        }
    }

    private void cold(EmulatorConfig base, boolean appCds) throws Exception {
        try (Emulator emulator = Emulator.start(base, FunctionHost.Options.defaults().withAppCds(appCds));
             AwsJsonClient client = new AwsJsonClient(emulator.endpoint())) {
            List<Double> firstSteps = new ArrayList<>();
            List<Double> handlers = new ArrayList<>();
            List<Double> walls = new ArrayList<>();
            for (int i = 0; i <= colds; i++) {
                emulator.functionHost().restart("service"); // the next invocation starts a new process
                Sample sample = rotate(emulator, client, "service");
                Invocation first = emulator.functionHost().recentInvocations("service").stream()
                        .filter(Invocation::coldStart).reduce((a, b) -> b).orElseThrow();
                if (i == 0) {
                    continue;
                }
                firstSteps.add(first.duration().toNanos() / 1e6);
                handlers.add(JSON.readTree(first.response()).path("handlerNanos").asLong() / 1e6);
                walls.add(sample.wall());
            }
            double p50 = medianOf(firstSteps);
            out.append(String.format(Locale.ROOT, "| ServiceRotation (timed; builds an SDK client) | %s | **%.0f** |"
                            + " %.0f | %.0f | %s |%n", appCds ? "on" : "off", p50, medianOf(handlers),
                    medianOf(walls), firstSteps.stream().map(d -> String.format(Locale.ROOT, "%.0f", d)).toList()));
            System.out.printf(Locale.ROOT, "cold start, AppCDS %-3s first step p50 %.0f ms %s%n", appCds ? "on" : "off",
                    p50, firstSteps);
            targets.put("Cold start (first step), function building an SDK client, AppCDS " + (appCds ? "on" : "off")
                    + " <= 1 s", String.format(Locale.ROOT, "%.0f ms | %s", p50, p50 <= 1000 ? "met" : "MISSED"));
        }
    }

    private String markdown(String loadBefore, String loadAfter, double seconds) {
        StringBuilder md = new StringBuilder("## Rotation benchmark\n\n");
        md.append("- Date: ").append(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).withNano(0)).append('\n')
                .append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(" (shared; other builds may run)\n")
                .append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n')
                .append("- Benchmark JVM flags: ").append(String.join(" ",
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())).append('\n')
                .append("- Load average before: ").append(loadBefore).append('\n')
                .append("- Load average after: ").append(loadAfter).append('\n')
                .append(String.format(Locale.ROOT, "- Run time: %.0f s%n%n", seconds));
        md.append(out).append("\n### Targets\n\n| Target | Measured | Result |\n|---|---|---|\n");
        targets.forEach((target, value) -> md.append("| ").append(target).append(" | ").append(value).append(" |\n"));
        return md.toString();
    }

    private static double median(List<Sample> samples, ToDoubleFunction<Sample> field) {
        return medianOf(samples.stream().map(field::applyAsDouble).toList());
    }

    private static double medianOf(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Double> values, double fraction) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        if (fraction == 0.5 && n % 2 == 0) {
            return (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
        return sorted.get(Math.min(n - 1, (int) Math.floor(fraction * n)));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
