package dev.rotor.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Rotor's resident memory, idle and holding many secrets, with a heap histogram for whoever makes it smaller. */
final class MemoryRun {
    private final Options options;
    private final Path logs;

    MemoryRun(Options options, Path logs) {
        this.options = options;
        this.logs = logs;
    }

    /** Measures a started Rotor: idle, then loaded with the secrets and versions the options ask for. */
    void measure(ServerProcess rotor, Report report) throws Exception {
        if (options.secrets() <= 0) {
            return;
        }
        {
            rotor.awaitReady(30_000);
            Thread.sleep(1000);
            report.memory("Rotor idle, empty", rotor.rssMiB());
            AwsJsonClient client = new AwsJsonClient(rotor.endpoint());
            long started = System.nanoTime();
            SecretsFill.fill(client, "mem", options.secrets(), options.versions());
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("loaded %d secrets x %d versions in %.1f s%n", options.secrets(), options.versions(),
                    seconds);
            String check = client.require("GetSecretValue", "{\"SecretId\":\"mem-0\"}").body();
            if (!check.contains("version-" + (options.versions() - 1))) {
                throw new IllegalStateException("mem-0 does not read back its last version: " + check);
            }
            Thread.sleep(2000);
            report.memory("Rotor with " + options.secrets() + " secrets x " + options.versions()
                    + " versions, after 2 s idle", rotor.rssMiB());
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            if (Files.isExecutable(jcmd)) {
                new ProcessBuilder(jcmd.toString(), Long.toString(rotor.pid()), "GC.run")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
                Thread.sleep(2000);
                report.memory("Rotor with " + options.secrets() + " secrets x " + options.versions()
                        + " versions, after jcmd GC.run + 2 s", rotor.rssMiB());
                // What the heap holds, for whoever has to make it smaller: bench/results/heap.txt (not in the report)
                Process histogram = new ProcessBuilder(jcmd.toString(), Long.toString(rotor.pid()), "GC.heap_info")
                        .redirectErrorStream(true).start();
                String heap = new String(histogram.getInputStream().readAllBytes());
                histogram.waitFor();
                histogram = new ProcessBuilder(jcmd.toString(), Long.toString(rotor.pid()), "GC.class_histogram")
                        .redirectErrorStream(true).start();
                String classes = new String(histogram.getInputStream().readAllBytes());
                histogram.waitFor();
                String top = String.join("\n", classes.lines().limit(33).toList());
                // with -XX:NativeMemoryTracking=summary in ROTOR_JAVA_OPTS: where the rest of the RSS goes
                histogram = new ProcessBuilder(jcmd.toString(), Long.toString(rotor.pid()), "VM.native_memory",
                        "summary").redirectErrorStream(true).start();
                String nmt = new String(histogram.getInputStream().readAllBytes());
                histogram.waitFor();
                Files.writeString(logs.resolve("heap.txt"), heap + "\n" + top + "\n\n" + nmt);
                System.out.println(heap);
                System.out.println(top);
            }
        }
    }
}
