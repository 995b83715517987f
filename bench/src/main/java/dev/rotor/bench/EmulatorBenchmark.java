package dev.rotor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emulator benchmark: Rotor (the shaded jar with the launcher's JVM flags) against moto_server, same client and
 * workload, one run. Measures throughput and latency of GetSecretValue and PutSecretValue, start to first 200, and
 * Rotor's resident memory holding 10,000 secrets with 5 versions each. Prints a table and writes
 * {@code bench/results/latest.md}. Run with {@code ./bench/run.sh [--warmup S] [--window S] [--reps N] [--only startup,throughput,memory]}.
 */
public final class EmulatorBenchmark {
    private static final String DEFAULT_JVM_FLAGS = "-XX:+UseSerialGC -Xss512k -XX:MaxRAM=1g -Xmx256m";

    private final Options options;
    private final Path root;
    private final Path logs;
    private final List<String> rotorCommand;
    private final List<String> bareCommand;
    private final List<String> motoCommand;

    private EmulatorBenchmark(Options options) throws IOException {
        this.options = options;
        this.root = options.root().toAbsolutePath().normalize();
        this.logs = Files.createDirectories(root.resolve("bench/results"));
        Path jar = root.resolve("harness/target/rotor.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing: build it first (./bench/run.sh does)");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> flags = Arrays.asList(launcherFlags(root).trim().split("\\s+"));
        List<String> rotor = new ArrayList<>();
        rotor.add(java);
        rotor.addAll(flags);
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
        // The baseline: same java, same flags, its own class-data archive made the same way (see bareArchive).
        List<String> bare = new ArrayList<>();
        bare.add(java);
        bare.addAll(flags);
        bare.addAll(List.of("{cds}", "-cp", root.resolve("bench/target/rotor-bench.jar").toString(),
                BareEndpoint.class.getName(), "{port}"));
        this.bareCommand = bare;
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
            bench.bareArchive();
            System.out.println("bare:  " + String.join(" ", bench.command(Server.BARE)));
            new ThroughputRun(options, bench::launch, Wrk.prepare(bench.logs)).measure(report);
        }
        if (options.runs("restart")) {
            new RestartRun(options, bench::launchOn).measure(report);
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
        if (options.runs("throughput")) {
            Path svg = bench.logs.resolve("warmup.svg");
            Files.writeString(svg, WarmupPlot.svg(report, options));
            System.out.println("Warm-up curves plotted in " + svg);
        }
    }

    private void startup(Report report) throws Exception {
        for (int i = 0; i < options.startups(); i++) {
            for (Server server : List.of(Server.ROTOR, Server.MOTO)) {
                try (ServerProcess process = launch(server)) {
                    double millis = process.awaitReady(30_000);
                    report.startup(server, millis);
                    System.out.printf("start to first 200: %-5s %.0f ms%n", server.label, millis);
                }
            }
        }
    }

    /**
     * The baseline's class-data archive, made as the launcher makes Rotor's: a short run with
     * {@code -XX:ArchiveClassesAtExit} that answers a few requests.
     */
    private void bareArchive() throws Exception {
        Path archive = bareArchivePath();
        Files.deleteIfExists(archive);
        List<String> training = bareCommand.stream().map(a -> a.equals("{cds}")
                ? "-XX:ArchiveClassesAtExit=" + archive : a).toList();
        try (ServerProcess bare = ServerProcess.start("bare", training, environment(Server.BARE),
                logs.resolve("bare-cds.log"))) {
            bare.awaitReady(30_000);
            try (AwsJsonClient client = new AwsJsonClient(bare.endpoint())) {
                for (int i = 0; i < 5; i++) {
                    client.call("GetSecretValue", "{\"SecretId\":\"cds-training\"}");
                }
            }
        }
    }

    private Path bareArchivePath() {
        return root.resolve("bench/target/bare.jsa");
    }

    private List<String> command(Server server) {
        return switch (server) {
            case ROTOR -> rotorCommand;
            case MOTO -> motoCommand;
            case BARE -> bareCommand.stream().flatMap(a -> a.equals("{cds}") ? (Files.isRegularFile(bareArchivePath())
                    ? java.util.stream.Stream.of("-XX:SharedArchiveFile=" + bareArchivePath(), "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off") : java.util.stream.Stream.empty()) : java.util.stream.Stream.of(a))
                    .toList();
        };
    }

    private ServerProcess launch(Server server) throws IOException {
        return ServerProcess.start(server.label, command(server), environment(server),
                logs.resolve(server.name().toLowerCase() + ".log"));
    }

    /** Rotor on a data directory (the restart part). */
    private ServerProcess launchOn(Path dataDir) throws IOException {
        List<String> command = new ArrayList<>(rotorCommand);
        command.addAll(List.of("--data-dir", dataDir.toString()));
        return ServerProcess.start(Server.ROTOR.label, command, environment(Server.ROTOR), logs.resolve("rotor.log"));
    }

    /** The Java servers run with the environment the ./rotor launcher gives Rotor (glibc arenas capped). */
    private static Map<String, String> environment(Server server) {
        return server == Server.MOTO ? Map.of()
                : Map.of("MALLOC_ARENA_MAX", System.getenv().getOrDefault("MALLOC_ARENA_MAX", "2"));
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
        ROTOR("Rotor"), BARE("bare Javalin"), MOTO("moto");

        final String label;

        Server(String label) {
            this.label = label;
        }
    }

    /** The measured operations; {@code key} names them to the wrk script. */
    enum Operation {
        GET("GetSecretValue", "get"), PUT("PutSecretValue", "put");

        final String wireName;
        final String key;

        Operation(String wireName, String key) {
            this.wireName = wireName;
            this.key = key;
        }
    }
}
