package dev.rotor.emulator.lambda;

/** Hears about invocations as they start and finish (the journal records them). Called on the invoking thread. */
public interface InvocationListener {

    default void invocationStarted(String requestId, FunctionDefinition function, String event, boolean coldStart) {
    }

    void invocationFinished(Invocation invocation);
}
