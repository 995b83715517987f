package dev.rotor.emulator.lambda;

import java.util.Locale;

/** A Lambda runtime identifier a function can name: the Java managed runtimes, or a custom {@code provided} runtime. */
public enum FunctionRuntime {
    JAVA17("java17", 17),
    JAVA21("java21", 21),
    /** Lambda's OS-only runtime: the code folder holds an executable {@code bootstrap} that speaks the Runtime API. */
    PROVIDED("provided", 0);

    private final String id;
    private final int javaFeature;

    FunctionRuntime(String id, int javaFeature) {
        this.id = id;
        this.javaFeature = javaFeature;
    }

    /** The identifier as Lambda spells it ({@code java17}, {@code java21}, {@code provided}). */
    public String id() {
        return id;
    }

    /** The Java feature release this runtime stands for; 0 for {@link #PROVIDED}. */
    public int javaFeature() {
        return javaFeature;
    }

    public boolean isJava() {
        return this != PROVIDED;
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
        throw new IllegalArgumentException("Unsupported runtime: use java17, java21 or provided");
    }
}
