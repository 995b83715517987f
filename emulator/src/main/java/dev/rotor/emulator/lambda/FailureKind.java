package dev.rotor.emulator.lambda;

/** Why an invocation did not succeed, as Lambda tells the cases apart. */
public enum FailureKind {
    /** The handler threw, the runtime could not find it, or its response was too large; the process stays warm. */
    FUNCTION_ERROR("FAILED"),
    /** The function did not answer within its timeout (or its init timeout); its process was killed. */
    TIMED_OUT("TIMED_OUT"),
    /** The function process exited (System.exit, a JVM crash, a killed process) during the invocation. */
    CRASHED("CRASHED"),
    /** The function could not start: its constructor or static init threw, or the process could not launch. */
    INIT_FAILED("INIT_FAILED"),
    /** Lambda did not run the function at all (an injected fault). */
    NOT_RUN("NOT_RUN");

    private final String label;

    FailureKind(String label) {
        this.label = label;
    }

    /** The name the control plane shows as an invocation's {@code outcome}. */
    public String label() {
        return label;
    }

    /** Whether the function's process is no longer usable after this failure. */
    public boolean losesProcess() {
        return this == TIMED_OUT || this == CRASHED || this == INIT_FAILED;
    }
}
