package dev.rotor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.rotor.bench.AwsJsonClient.str;

/**
 * The emulator benchmark: Rotor (the shaded jar with the launcher's JVM flags) against moto_server, same client and
 * workload, one run. Measures throughput and latency of GetSecretValue and PutSecretValue, start to first 200, and
 * Rotor's resident memory holding 10,000 secrets with 5 versions each. Prints a table and writes
 * {@code bench/results/latest.md}. Run with {@code ./bench/run.sh [--warmup S] [--window S] [--reps N] [--only startup,throughput,memory]}.
 */
public final class EmulatorBenchmark {
    static final int THREADS = 2;
    private static final String DEFAULT_JVM_FLAGS = "-XX:+UseSerialGC -Xss512k -XX:MaxRAM=1g -Xmx256m";

    private final Options options;
    private final Path root;
    private final Path logs;
    private final List<String> rotorCommand;
    private final List<String> motoCommand;

    private EmulatorBenchmark(Options options) throws IOException {
        this.options = options;
        this.root = options.root().toAbsolutePath().normalize();
        this.logs = Files.createDirectories(root.resolve("bench/results"));
        Path jar = root.resolve("harness/target/rotor.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing: build it first (./bench/run.sh does)");
        }
        List<String> rotor = new ArrayList<>();
        rotor.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        rotor.addAll(Arrays.asList(launcherFlags(root).trim().split("\\s+")));
        // The class-data archive the launcher makes once per build (./bench/run.sh has it made before measuring).
        Path cds = root.resolve("harness/target/rotor.jsa");
        if (Files.isRegularFile(cds) && Files.getLastModifiedTime(cds).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
            rotor.addAll(List.of("-XX:SharedArchiveFile=" + cds, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        rotor.addAll(List.of("-jar", jar.toString(), "serve", "--port", "{port}"));
        // extra `rotor serve` options for experiments, e.g. ROTOR_SERVE_ARGS="--journal-retention 1000"
        String serveArgs = System.getenv("ROTOR_SERVE_ARGS");
        if (serveArgs != null && !serveArgs.isBlank()) {
            rotor.addAll(Arrays.asList(serveArgs.trim().split("\\s+")));
        }
        this.rotorCommand = rotor;
        this.motoCommand = List.of("moto_server", "-H", "127.0.0.1", "-p", "{port}");
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        EmulatorBenchmark bench = new EmulatorBenchmark(options);
        Report report = new Report(bench.environment());
        System.out.println("Rotor: " + String.join(" ", bench.rotorCommand));
        if (options.runs("startup") || options.runs("throughput")) {
            System.out.println("moto:  " + String.join(" ", bench.motoCommand));
        }
        if (options.runs("startup")) {
            bench.startup(report);
        }
        if (options.runs("throughput")) {
            bench.throughput(report);
        }
        if (options.runs("memory")) {
            try (ServerProcess rotor = bench.launch(Server.ROTOR)) {
                new MemoryRun(bench.options, bench.logs).measure(rotor, report);
            }
        }
        report.environment().put("Load average after", Machine.loadAverage());
        String markdown = report.markdown(options);
        System.out.println();
        System.out.println(markdown);
        Path out = bench.logs.resolve("latest.md");
        Files.writeString(out, markdown);
        System.out.println("Written to " + out);
    }

    private void startup(Report report) throws Exception {
        for (int i = 0; i < options.startups(); i++) {
            for (Server server : Server.values()) {
                try (ServerProcess process = launch(server)) {
                    double millis = process.awaitReady(30_000);
                    report.startup(server, millis);
                    System.out.printf("start to first 200: %-5s %.0f ms%n", server.label, millis);
                }
            }
        }
    }

    private void throughput(Report report) throws Exception {
        try (ServerProcess rotor = launch(Server.ROTOR); ServerProcess moto = launch(Server.MOTO)) {
            Map<Server, Workloads> workloads = new LinkedHashMap<>();
            for (Server server : Server.values()) {
                ServerProcess process = server == Server.ROTOR ? rotor : moto;
                process.awaitReady(30_000);
                Workloads w = new Workloads(new AwsJsonClient(process.endpoint()), THREADS);
                w.createGetSecrets();
                w.preparePutTargets(500);
                workloads.put(server, w);
            }
            Map<Server, Double> putRate = new LinkedHashMap<>();
            for (Map.Entry<Server, Workloads> e : workloads.entrySet()) {
                Workloads w = e.getValue();
                LoadRun.Result get = LoadRun.run(THREADS, options.warmupMillis(), w::get);
                LoadRun.Result put = LoadRun.run(THREADS, options.warmupMillis(), w::put);
                putRate.put(e.getKey(), put.perSecond());
                System.out.printf("warm-up %-5s GetSecretValue %.0f req/s, PutSecretValue %.0f req/s%n",
                        e.getKey().label, get.perSecond(), put.perSecond());
            }
            // Windows alternate between the servers so that background load on a shared machine hits both alike.
            for (int rep = 1; rep <= options.reps(); rep++) {
                for (Operation operation : Operation.values()) {
                    for (Map.Entry<Server, Workloads> e : workloads.entrySet()) {
                        Workloads w = e.getValue();
                        LoadRun.Request request = operation == Operation.GET ? w::get : w::put;
                        if (operation == Operation.PUT) {
                            w.preparePutTargets((long) (putRate.get(e.getKey()) * options.windowMillis() / 1000.0
                                    * 1.5 / THREADS));
                        }
                        ServerProcess process = e.getKey() == Server.ROTOR ? rotor : moto;
                        LoadRun.Result result = LoadRun.run(THREADS, options.windowMillis(), request,
                                process::cpuMillis);
                        report.window(e.getKey(), operation, result);
                        System.out.printf("window %d %-5s %-14s %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  server CPU"
                                        + " %5.0f us/req  errors %d%n", rep, e.getKey().label, operation.wireName,
                                result.perSecond(), result.p50Millis(), result.p99Millis(), result.serverCpuMicros(),
                                result.errors());
                    }
                }
            }
        }
    }

    private ServerProcess launch(Server server) throws IOException {
        // Rotor runs with the environment the ./rotor launcher gives it (glibc arenas capped).
        return ServerProcess.start(server.label, server == Server.ROTOR ? rotorCommand : motoCommand,
                server == Server.ROTOR ? java.util.Map.of("MALLOC_ARENA_MAX",
                        System.getenv().getOrDefault("MALLOC_ARENA_MAX", "2")) : java.util.Map.of(),
                logs.resolve(server.name().toLowerCase() + ".log"));
    }

    /** The launcher's JVM flags: ROTOR_JAVA_OPTS if set, else the default written in the ./rotor script. */
    private static String launcherFlags(Path root) throws IOException {
        String override = System.getenv("ROTOR_JAVA_OPTS");
        if (override != null && !override.isBlank()) {
            return override;
        }
        Path script = root.resolve("rotor");
        if (Files.isRegularFile(script)) {
            Matcher m = Pattern.compile("\\$\\{ROTOR_JAVA_OPTS:-([^}]*)}").matcher(Files.readString(script));
            if (m.find()) {
                return m.group(1);
            }
        }
        return DEFAULT_JVM_FLAGS;
    }

    private Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("Date", java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).withNano(0).toString());
        env.put("Machine", Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch") + " (shared; other builds may run)");
        env.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        env.put("Rotor command", "`" + String.join(" ", rotorCommand).replace(root.toString() + "/", "") + "`");
        if (options.runs("startup") || options.runs("throughput")) {
            env.put("moto command", "`" + String.join(" ", motoCommand) + "` (moto " + motoVersion() + ")");
        }
        env.put("Load average before", Machine.loadAverage());
        return env;
    }

    private static String motoVersion() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import moto; print(moto.__version__)")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    /** The servers compared. */
    enum Server {
        ROTOR("Rotor"), MOTO("moto");

        final String label;

        Server(String label) {
            this.label = label;
        }
    }

    /** The measured operations. */
    enum Operation {
        GET("GetSecretValue"), PUT("PutSecretValue");

        final String wireName;

        Operation(String wireName) {
            this.wireName = wireName;
        }
    }
}
