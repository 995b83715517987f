package dev.rotor.emulator.api;

/** One Secrets Manager operation: its request shape and what it does. Named after its class. */
public interface Operation<R> {

    /** The request record Jackson reads the body into. */
    Class<R> requestType();

    /** Validates the request and performs the operation; returns the response record. */
    Object handle(R request);

    default String name() {
        return getClass().getSimpleName();
    }
}
