package dev.rotor.emulator.lambda;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Lambda runtime identifier a function can name: the Java and Python managed runtimes, or a custom {@code provided}
 * runtime.
 */
public enum FunctionRuntime {
    JAVA17("java17", Family.JAVA, 17),
    JAVA21("java21", Family.JAVA, 21),
    PYTHON39("python3.9", Family.PYTHON, 9),
    PYTHON310("python3.10", Family.PYTHON, 10),
    PYTHON311("python3.11", Family.PYTHON, 11),
    PYTHON312("python3.12", Family.PYTHON, 12),
    PYTHON313("python3.13", Family.PYTHON, 13),
    /** Lambda's OS-only runtime: the code folder holds an executable {@code bootstrap} that speaks the Runtime API. */
    PROVIDED("provided", Family.PROVIDED, 0);

    /** How a runtime starts its function process. */
    public enum Family { JAVA, PYTHON, PROVIDED }

    private final String id;
    private final Family family;
    private final int version;

    FunctionRuntime(String id, Family family, int version) {
        this.id = id;
        this.family = family;
        this.version = version;
    }

    /** The identifier as Lambda spells it ({@code java17}, {@code python3.11}, {@code provided}). */
    public String id() {
        return id;
    }

    public Family family() {
        return family;
    }

    /** The Java feature release this runtime stands for; 0 for the others. */
    public int javaFeature() {
        return family == Family.JAVA ? version : 0;
    }

    /** The Python minor version ({@code 11} for {@code python3.11}); 0 for the others. */
    public int pythonMinor() {
        return family == Family.PYTHON ? version : 0;
    }

    public boolean isJava() {
        return family == Family.JAVA;
    }

    public boolean isPython() {
        return family == Family.PYTHON;
    }

    /**
     * {@code AWS_EXECUTION_ENV} as Lambda sets it ({@code AWS_Lambda_python3.11}); Lambda leaves it undefined for the
     * OS-only runtimes.
     */
    public Optional<String> executionEnvironment() {
        return family == Family.PROVIDED ? Optional.empty() : Optional.of("AWS_Lambda_" + id);
    }

    /** Parses a Lambda runtime identifier; {@code provided.al2} and {@code provided.al2023} count as provided. */
    public static FunctionRuntime of(String id) {
        String normalized = id.trim().toLowerCase(Locale.ROOT);
        if (normalized.equals("provided") || normalized.startsWith("provided.")) {
            return PROVIDED;
        }
        for (FunctionRuntime runtime : values()) {
            if (runtime.id.equals(normalized)) {
                return runtime;
            }
        }
        throw new IllegalArgumentException("Unsupported runtime: use " + Arrays.stream(values())
                .map(FunctionRuntime::id).collect(Collectors.joining(", ")));
    }
}
