package dev.rotor.bench;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Command-line options; the defaults take about twelve minutes. */
record Options(Path root, int curveSeconds, int coldSeconds, int warmupSeconds, int windowSeconds, int reps,
               int startups, int secrets, int versions, Set<String> only) {

    /** The parts of the benchmark; {@code --only a,b} runs just those. */
    static final List<String> PARTS = List.of("startup", "throughput", "restart", "memory");
    private static final String USAGE = "known: --root DIR --curve S --cold S --warmup S --window S --reps N"
            + " --startups N --secrets N --versions N --only " + String.join(",", PARTS);

    boolean runs(String part) {
        return only.contains(part);
    }

    static Options parse(String[] args) {
        Path root = Path.of(".");
        int curve = 30;
        int cold = 10;
        int warmup = 5;
        int window = 8;
        int reps = 3;
        int startups = 3;
        int secrets = 10_000;
        int versions = 5;
        Set<String> only = new LinkedHashSet<>(PARTS);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--root" -> root = Path.of(require(args[i], value));
                case "--curve" -> curve = positive(args[i], value);
                case "--cold" -> cold = positive(args[i], value);
                case "--warmup" -> warmup = positive(args[i], value);
                case "--window" -> window = positive(args[i], value);
                case "--reps" -> reps = positive(args[i], value);
                case "--startups" -> startups = positive(args[i], value);
                case "--secrets" -> secrets = positive(args[i], value);
                case "--versions" -> versions = positive(args[i], value);
                case "--only" -> {
                    only = new LinkedHashSet<>(List.of(require(args[i], value).split(",")));
                    if (!PARTS.containsAll(only)) {
                        throw new IllegalArgumentException("--only takes a comma-separated list of " + PARTS);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (" + USAGE + ")");
            }
            i++;
        }
        return new Options(root, curve, cold, warmup, window, reps, startups, secrets, versions, only);
    }

    private static int positive(String option, String value) {
        int n = Integer.parseInt(require(option, value));
        if (n < 1) {
            throw new IllegalArgumentException(option + " takes a positive number");
        }
        return n;
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
