package dev.rotor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.lambda.FunctionHost;
import dev.rotor.emulator.lambda.Invocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Cold starts: the first step of a rotation on a new function process, with and without AppCDS. */
final class ColdStarts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RotationReport report;
    private final WarmRotations rotations;
    private final int colds;

    ColdStarts(RotationReport report, WarmRotations rotations, int colds) {
        this.report = report;
        this.rotations = rotations;
        this.colds = colds;
    }

    int colds() {
        return colds;
    }

    void cold(EmulatorConfig base, boolean appCds) throws Exception {
        try (Emulator emulator = Emulator.start(base, FunctionHost.Options.defaults().withAppCds(appCds));
             AwsJsonClient client = new AwsJsonClient(emulator.endpoint())) {
            List<Double> firstSteps = new ArrayList<>();
            List<Double> handlers = new ArrayList<>();
            List<Double> walls = new ArrayList<>();
            for (int i = 0; i <= colds; i++) {
                emulator.admin().restartFunction("service"); // the next invocation starts a new process
                WarmRotations.Sample sample = rotations.rotate(emulator, client, "service");
                Invocation first = emulator.admin().invocations("service").stream()
                        .filter(Invocation::coldStart).reduce((a, b) -> b).orElseThrow();
                if (i == 0) {
                    continue;
                }
                firstSteps.add(first.duration().toNanos() / 1e6);
                handlers.add(JSON.readTree(first.response()).path("handlerNanos").asLong() / 1e6);
                walls.add(sample.wall());
            }
            double p50 = Stats.medianOf(firstSteps);
            report.out.append(String.format(Locale.ROOT, "| ServiceRotation (timed; builds an SDK client) | %s | **%.0f** |"
                            + " %.0f | %.0f | %s |%n", appCds ? "on" : "off", p50, Stats.medianOf(handlers),
                    Stats.medianOf(walls), firstSteps.stream().map(d -> String.format(Locale.ROOT, "%.0f", d)).toList()));
            System.out.printf(Locale.ROOT, "cold start, AppCDS %-3s first step p50 %.0f ms %s%n", appCds ? "on" : "off",
                    p50, firstSteps);
            report.targets.put("Cold start (first step), function building an SDK client, AppCDS " + (appCds ? "on" : "off")
                    + " <= 1 s", String.format(Locale.ROOT, "%.0f ms | %s", p50, p50 <= 1000 ? "met" : "MISSED"));
        }
    }

}
