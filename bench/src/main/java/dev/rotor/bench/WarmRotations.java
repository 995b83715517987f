package dev.rotor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.StepRecord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static dev.rotor.bench.AwsJsonClient.str;

/**
 * Warm rotations (wall time from sending RotateSecret to the rotation's end, against the handler's own time), the
 * Runtime API round trip of a trivial handler, and the API calls a rotation makes, served to a lean client.
 */
final class WarmRotations {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RotationReport report;
    private final int rotations;
    private final int warmup;

    WarmRotations(RotationReport report, int rotations, int warmup) {
        this.report = report;
        this.rotations = rotations;
        this.warmup = warmup;
    }

    /** One measured warm rotation, in milliseconds. */
    record Sample(double wall, double rotateCall, int steps, double invocations, double handler, double sdk,
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

    void warm(Emulator emulator, String function, String label, boolean repeatSteps, boolean target)
            throws Exception {
        try (AwsJsonClient client = new AwsJsonClient(emulator.endpoint())) {
            List<Sample> samples = new ArrayList<>();
            for (int i = 0; i < warmup + rotations; i++) {
                Sample sample = rotate(emulator, client, function);
                if (i >= warmup) {
                    samples.add(sample);
                }
            }
            double wall = Stats.median(samples, Sample::wall);
            double overhead = Stats.median(samples, Sample::overhead);
            report.out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | **%.1f** | %.2f | %.1f | %.2f | %d"
                            + " | %.1f | %.1f | %.2f |%n", label, repeatSteps ? "on" : "off", samples.get(0).steps(),
                    wall, Stats.median(samples, Sample::handler), overhead,
                    Stats.median(samples, Sample::invokeMinusHandlerPerStep), Stats.median(samples, Sample::orchestration),
                    Stats.median(samples, Sample::rotateCall), samples.get(0).calls(), Stats.median(samples, Sample::sdk),
                    Stats.median(samples, Sample::http), Stats.median(samples, s -> s.http() / s.calls())));
            System.out.printf(Locale.ROOT, "%-24s repeatSteps %-3s wall p50 %.1f ms (min %.1f, max %.1f),"
                            + " overhead p50 %.1f ms%n", label, repeatSteps ? "on" : "off", wall,
                    samples.stream().mapToDouble(Sample::wall).min().orElse(0),
                    samples.stream().mapToDouble(Sample::wall).max().orElse(0), overhead);
            if (target) {
                report.targets.put("Emulator overhead per rotation (wall - handler), ServiceRotation, warm <= 20 ms",
                        String.format(Locale.ROOT, "%.1f ms | %s", overhead, overhead <= 20 ? "met" : "MISSED"));
            }
            if (!repeatSteps && function.equals("minimal")) {
                report.targets.put("Full rotation of a trivial function, warm process <= 100 ms",
                        String.format(Locale.ROOT, "%.1f ms | %s", wall, wall <= 100 ? "met" : "MISSED"));
            }
            if (!repeatSteps && function.equals("service")) {
                report.targets.put("(context) full rotation of ServiceRotation (10 API calls), warm",
                        String.format(Locale.ROOT, "%.1f ms | %s", wall, wall <= 100 ? "within 100 ms" : "over 100 ms"));
            }
        }
    }

    Sample rotate(Emulator emulator, AwsJsonClient client, String function) throws Exception {
        String name = "rot-" + UUID.randomUUID();
        client.require("CreateSecret", "{\"Name\":" + str(name) + ",\"ClientRequestToken\":"
                + str(UUID.randomUUID().toString()) + ",\"SecretString\":" + str("initial-" + name) + "}");
        String arn = emulator.admin().functions().stream().filter(f -> f.name().equals(function)).findFirst()
                .orElseThrow().arn();
        long started = System.nanoTime();
        String body = client.require("RotateSecret", "{\"SecretId\":" + str(name) + ",\"ClientRequestToken\":"
                + str(UUID.randomUUID().toString()) + ",\"RotationLambdaARN\":" + str(arn)
                + ",\"RotationRules\":{\"AutomaticallyAfterDays\":30}}").body();
        double rotateCall = (System.nanoTime() - started) / 1e6;
        String versionId = JSON.readTree(body).path("VersionId").asText();
        RotationRecord record = emulator.admin().awaitRotation(versionId, Duration.ofSeconds(60))
                .orElseThrow(() -> new IllegalStateException("no rotation for " + versionId));
        long finished = System.nanoTime();
        if (record.status() != RotationRecord.Status.SUCCEEDED) {
            throw new IllegalStateException("rotation of " + name + " ended " + record.status() + ": "
                    + record.error() + "\n" + record.steps());
        }
        double invoked = 0;
        double handler = 0;
        double sdk = 0;
        double http = 0;
        long calls = 0;
        for (StepRecord step : record.steps()) {
            Invocation invocation = step.invocation();
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

    void echo(Emulator emulator) {
        List<Double> durations = new ArrayList<>();
        for (int i = 0; i < warmup * 4 + rotations * 4; i++) {
            Invocation invocation = emulator.admin().invoke("echo", "{}");
            if (!invocation.succeeded()) {
                throw new IllegalStateException("Echo failed: " + invocation.error());
            }
            if (i >= warmup * 4) {
                durations.add(invocation.duration().toNanos() / 1e6);
            }
        }
        double p50 = Stats.medianOf(durations);
        report.afterTable.append(String.format(Locale.ROOT, "%nRuntime API round trip of a trivial handler (Echo, warm, `RotorAdmin"
                + ".invoke`, %d invokes): median **%.2f ms**, p90 %.2f ms.%n", durations.size(), p50,
                Stats.percentile(durations, 0.9)));
        System.out.printf(Locale.ROOT, "Echo warm invoke p50 %.2f ms%n", p50);
        report.targets.put("(context) Runtime API round trip, Echo, warm", String.format(Locale.ROOT, "%.2f ms | -", p50));
    }

    /**
     * What the emulator takes to serve the API calls a rotation function makes, seen from the benchmark's lean
     * keep-alive client (server work + loopback), for comparison with the function's own HTTP time.
     */
    void serving(Emulator emulator) throws Exception {
        try (AwsJsonClient client = new AwsJsonClient(emulator.endpoint())) {
            String name = "serve-" + UUID.randomUUID();
            client.require("CreateSecret", "{\"Name\":" + str(name) + ",\"ClientRequestToken\":"
                    + str(UUID.randomUUID().toString()) + ",\"SecretString\":\"initial\"}");
            Map<String, String> calls = new LinkedHashMap<>();
            calls.put("DescribeSecret", "{\"SecretId\":" + str(name) + "}");
            calls.put("GetSecretValue", "{\"SecretId\":" + str(name) + ",\"VersionStage\":\"AWSCURRENT\"}");
            calls.put("GetRandomPassword", "{\"ExcludeCharacters\":\"/@\\\"'\\\\\"}");
            calls.put("PutSecretValue", null);
            report.out.append("\nThe same API calls from the benchmark's own keep-alive client (emulator work + loopback,"
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
                report.out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", call.getKey(), Stats.medianOf(millis),
                        Stats.percentile(millis, 0.9)));
            }
        }
    }

}
