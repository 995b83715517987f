package dev.rotor.emulator.admin;

import dev.rotor.emulator.lambda.FunctionHost;
import dev.rotor.emulator.proxy.FaultProxy;
import dev.rotor.emulator.rotation.FunctionCallFaults;
import dev.rotor.emulator.rotation.StepCall;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an armed fault's interceptor works with: its own counts (and the journal they go to) and the emulator's
 * seams (the function host, the functions' API calls, the database proxies, the race handler). Only the emulator
 * makes one, when it arms a fault.
 */
public final class FaultContext {
    private final FaultCounter counter;
    private final FaultBoard board;

    FaultContext(FaultCounter counter, FaultBoard board) {
        this.counter = counter;
        this.board = board;
    }

    /** Takes one of the times the fault may act; false when none is left. */
    boolean take() {
        return counter.take();
    }

    boolean spent() {
        return counter.spent();
    }

    /** The fault changed {@code call}'s invocation, a call it made, or its traffic: counted and journalled. */
    void fired(StepCall call, Map<String, Object> detail) {
        board.fired(counter.fault(), counter.fire(), call, detail);
    }

    FunctionHost host() {
        return board.host();
    }

    String functionName(String functionArn) {
        return board.functionName(functionArn);
    }

    Duration functionTimeout(String functionArn) {
        return board.functionTimeout(functionArn);
    }

    FunctionCallFaults calls() {
        return board.calls();
    }

    /** The AWS operations the emulator serves, by name. */
    Set<String> operations() {
        return board.operations();
    }

    Optional<FaultProxy> proxy(String secretArn) {
        return board.proxy(secretArn);
    }

    /** Performs the race's action while the rotation waits; returns how it went. */
    String race(Fault.Race race, StepCall call) {
        return board.race(race, call);
    }
}
