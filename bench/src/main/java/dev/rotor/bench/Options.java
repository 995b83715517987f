package dev.rotor.bench;

import java.nio.file.Path;

/** Command-line options; the defaults keep a whole run under about three minutes. */
record Options(Path root, long warmupMillis, long windowMillis, int reps, int startups, int secrets, int versions,
               java.util.Set<String> only) {

    /** The parts of the benchmark; {@code --only a,b} runs just those. */
    static final java.util.List<String> PARTS = java.util.List.of("startup", "throughput", "memory");

    boolean runs(String part) {
        return only.contains(part);
    }

    static Options parse(String[] args) {
        Path root = Path.of(".");
        double warmup = 5;
        double window = 8;
        int reps = 3;
        int startups = 3;
        int secrets = 10_000;
        int versions = 5;
        java.util.Set<String> only = new java.util.LinkedHashSet<>(PARTS);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--root" -> root = Path.of(require(args[i], value));
                case "--warmup" -> warmup = Double.parseDouble(require(args[i], value));
                case "--window" -> window = Double.parseDouble(require(args[i], value));
                case "--reps" -> reps = Integer.parseInt(require(args[i], value));
                case "--startups" -> startups = Integer.parseInt(require(args[i], value));
                case "--secrets" -> secrets = Integer.parseInt(require(args[i], value));
                case "--versions" -> versions = Integer.parseInt(require(args[i], value));
                case "--only" -> {
                    only = new java.util.LinkedHashSet<>(java.util.List.of(require(args[i], value).split(",")));
                    if (!PARTS.containsAll(only)) {
                        throw new IllegalArgumentException("--only takes a comma-separated list of " + PARTS);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --root DIR --warmup S --window S --reps N --startups N --secrets N --versions N"
                        + " --only startup,throughput,memory)");
            }
            i++;
        }
        return new Options(root, (long) (warmup * 1000), (long) (window * 1000), reps, startups, secrets, versions,
                only);
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
