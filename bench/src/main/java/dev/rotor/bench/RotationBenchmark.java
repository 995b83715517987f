package dev.rotor.bench;

import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.lambda.FunctionDefinition;
import dev.rotor.emulator.rotation.RotationSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

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

    private final Path jar;
    private final int rotations;
    private final int warmup;
    private final RotationReport report = new RotationReport();
    private final WarmRotations warm;
    private final ColdStarts cold;

    private RotationBenchmark(Path jar, int rotations, int warmup, int colds) {
        this.jar = jar;
        this.rotations = rotations;
        this.warmup = warmup;
        this.warm = new WarmRotations(report, rotations, warmup);
        this.cold = new ColdStarts(report, warm, colds);
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
        String loadBefore = Machine.loadAverage();
        bench.run();
        String markdown = bench.markdown(loadBefore, Machine.loadAverage(), (System.nanoTime() - started) / 1e9);
        System.out.println();
        System.out.println(markdown);
        Path file = Files.createDirectories(root.resolve("bench/results")).resolve("rotation-latest.md");
        Files.writeString(file, markdown);
        System.out.println("Written to " + file);
    }

    private void run() throws Exception {
        report.out.append("### Warm rotations\n\n")
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
            warm.warm(emulator, "service", "ServiceRotation (timed)", false, true);
            warm.warm(emulator, "minimal", "MinimalRotation", false, false);
            warm.echo(emulator);
        }
        try (Emulator emulator = Emulator.start(base.withRotation(RotationSettings.defaults().withRepeatSteps(true)))) {
            warm.warm(emulator, "service", "ServiceRotation (timed)", true, false);
            warm.warm(emulator, "minimal", "MinimalRotation", true, false);
        }
        report.out.append(report.afterTable);
        try (Emulator emulator = Emulator.start(base)) {
            warm.serving(emulator);
        }
        report.out.append("\n### Cold start: first step of a rotation on a new function process\n\n")
                .append("Median over ").append(cold.colds()).append(" cold starts (after one unmeasured, which with AppCDS"
                        + " records the archive); the process is stopped between them. *First step*: the function"
                        + " host's time for the createSecret invocation (process start, RIC, handler class init"
                        + " building an SDK client, first handler run); *handler*: the first run alone, measured"
                        + " inside; *rotation*: wall time of the whole rotation.\n\n")
                .append("| Function | AppCDS | first step ms | of which handler ms | rotation ms | runs (first step)"
                        + " ms |\n|---|---|---:|---:|---:|---|\n");
        for (boolean appCds : new boolean[]{false, true}) {
            cold.cold(base, appCds);
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
        md.append(report.out).append("\n### Targets\n\n| Target | Measured | Result |\n|---|---|---|\n");
        report.targets.forEach((target, value) -> md.append("| ").append(target).append(" | ").append(value)
                .append(" |\n"));
        return md.toString();
    }
}
