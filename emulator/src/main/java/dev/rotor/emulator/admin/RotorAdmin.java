package dev.rotor.emulator.admin;

import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.emulator.lambda.FunctionDefinition;
import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.rotation.RotationRecord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything the emulator offers beyond the AWS API: rotations, faults, the clock, the journal, functions and reset.
 * The harness and the JUnit extension use it in-process; the {@code /_rotor/} routes serve the same operations over
 * HTTP. A secret may be named by any SecretId form (name, ARN or partial ARN). Failures are {@link AdminException}s.
 *
 * <p>The types it takes and returns are the emulator's public API, in few places: this package ({@link Fault},
 * {@link ClockState}, {@link FunctionInfo}, {@link AdminException}), {@code rotation}'s records ({@code RotationRecord}
 * with its typed {@code RotationResult}, {@code StepRecord}, {@code RotationStep}), {@code lambda}'s function
 * definitions and invocations ({@code Invocation} with its sealed {@code InvocationOutcome} and {@code FailureKind}),
 * and {@code journal}'s events. A step record carries the function runner's {@code Invocation} unchanged.
 *
 * <p>Faults (issue 9's contract, as built): the {@link Fault} records {@code CannotRun}, {@code LoseResponse},
 * {@code Crash}, {@code ApiError} (its enum is {@link ApiErrorCode}: {@code ApiError} is the record's own name),
 * {@code SlowApi}, {@code Database} ({@link DatabaseFaultKind}) and {@code Race} ({@link RaceAction}), each with
 * {@code spec()} (the scenario spelling), {@code layer()} and {@code kindName()}; {@link FaultParser} reads the
 * scenario spelling, and its refusals name the field ({@link AdminException#field()}). A fault "fires" when it
 * changes something: a lambda fault per invocation it answered (a crash only if it killed a running step), an API
 * fault per call, a database fault per window it switched the proxy on, a race per hold. {@link #faults} lists every
 * fault armed since the last reset with its counts; {@code FAULT_ARMED} and {@code FAULT_FIRED} journal events carry
 * {@code {layer, kind, step, ...}}. {@link #closeDatabaseProxy} answers whether there was one;
 * {@link #setRaceHandler}{@code (null)} brings back the emulator's own handler.
 */
public interface RotorAdmin {

    /** The Rotor version. */
    String version();

    /** Recent rotations, oldest first; only those of one secret when {@code secretId} is not null. */
    List<RotationRecord> rotations(String secretId);

    /** A rotation by its id or by the version id (token) it rotates to; a reattempt shares its version id. */
    Optional<RotationRecord> rotation(String rotationIdOrVersionId);

    /** Waits until the rotation finished or {@code timeout} passed; returns its state either way. */
    Optional<RotationRecord> awaitRotation(String rotationIdOrVersionId, Duration timeout) throws InterruptedException;

    /**
     * Reattempts the rotation a failure left pending, with its token, as Secrets Manager does; returns the new
     * (running) rotation.
     */
    RotationRecord retryRotation(String secretId);

    /**
     * Arms a fault for the secret's next rotations (see {@link Fault} for {@code during} and {@code times}); returns it
     * with the secret resolved to its ARN. INVALID for an operation the emulator does not serve, or a database fault
     * for a secret without a database proxy.
     */
    Fault armFault(Fault fault);

    /**
     * Every fault armed since the last reset, in arming order, with how often it fired and how many more times it may
     * act; only the secret's when {@code secretId} is not null. Spent faults stay listed: one that never fired shows.
     */
    List<ArmedFault> faults(String secretId);

    /**
     * Starts the secret's database fault proxy on the loopback interface, leading to {@code targetHost:targetPort},
     * or returns the one already open to that target (INVALID when it leads elsewhere). Point the function (only the
     * function) at its host and port; database faults then act on that traffic. Closed by
     * {@link #closeDatabaseProxy}, {@link #reset()} and when the emulator stops.
     */
    DatabaseProxy openDatabaseProxy(String secretId, String targetHost, int targetPort);

    /** Closes the secret's database proxy; false when it had none. */
    boolean closeDatabaseProxy(String secretId);

    /**
     * Sets who performs the races' actions while the rotation is held between two steps; {@code null} brings back the
     * emulator's own (the AWS side only: see {@link Fault.Race}).
     */
    void setRaceHandler(RaceHandler handler);

    /** The emulator's clock. */
    ClockState clock();

    /** Moves the clock forward and starts every rotation that became due. */
    ClockState advanceClock(Duration by);

    /** Journal events with a sequence number above {@code after}, at most {@code limit}, in order. */
    List<JournalEvent> journal(long after, int limit);

    /** The registered functions, sorted by name. */
    List<FunctionInfo> functions();

    /** Registers a function, or replaces the one of the same name; its code must exist. */
    FunctionInfo registerFunction(FunctionDefinition function);

    /** Removes a function and stops its process; false when there was none. */
    boolean removeFunction(String nameOrArn);

    /**
     * Invokes a function synchronously with a JSON event, as Lambda's Invoke does (e.g. one rotation step, to check
     * what a retry with the same token does); NOT_FOUND for an unknown function.
     */
    Invocation invoke(String nameOrArn, String eventJson);

    /** Stops the function's warm process: its next invocation starts cold. */
    void restartFunction(String nameOrArn);

    /**
     * The function's recent invocations, oldest first (kept after the function is removed); NOT_FOUND for a function
     * that is neither registered nor has any.
     */
    List<Invocation> invocations(String nameOrArn);

    /** Drops every secret, version, journal event, rotation and armed fault, and closes every database proxy. */
    void reset();
}
