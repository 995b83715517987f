package dev.rotor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Restart on a data directory: Rotor with {@code --data-dir} is filled with the secrets and versions the options ask
 * for and stopped; then it is started again several times on that directory and polled with GetSecretValue of one of
 * the secrets every 5 ms from its process start to the first 200.
 */
final class RestartRun {
    /** Starts Rotor on a data directory. */
    @FunctionalInterface
    interface Launcher {
        ServerProcess launch(Path dataDir) throws IOException;
    }

    private final Options options;
    private final Launcher launcher;

    RestartRun(Options options, Launcher launcher) {
        this.options = options;
        this.launcher = launcher;
    }

    void measure(Report report) throws Exception {
        Path dataDir = Files.createTempDirectory("rotor-bench-data");
        try {
            try (ServerProcess rotor = launcher.launch(dataDir)) {
                rotor.awaitReady(30_000);
                long started = System.nanoTime();
                try (AwsJsonClient client = new AwsJsonClient(rotor.endpoint())) {
                    SecretsFill.fill(client, "restart", options.secrets(), options.versions());
                }
                System.out.printf("data dir filled with %d secrets x %d versions in %.1f s%n", options.secrets(),
                        options.versions(), (System.nanoTime() - started) / 1e9);
            }
            String secret = "restart-" + options.secrets() / 2;
            for (int i = 0; i < options.startups(); i++) {
                try (ServerProcess rotor = launcher.launch(dataDir)) {
                    double millis = rotor.awaitAnswer("GetSecretValue", "{\"SecretId\":\"" + secret + "\"}", 30_000);
                    report.restart(millis);
                    System.out.printf("restart on the data dir to first GetSecretValue 200: %.0f ms%n", millis);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
