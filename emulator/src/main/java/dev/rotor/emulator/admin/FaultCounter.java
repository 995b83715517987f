package dev.rotor.emulator.admin;

/** One armed fault's counts: how many more times it may act, and how often it fired. Thread-safe. */
final class FaultCounter {
    private final Fault fault;
    private int remaining;
    private int fired;

    FaultCounter(Fault fault) {
        this.fault = fault;
        this.remaining = fault.times();
    }

    Fault fault() {
        return fault;
    }

    /** Takes one of the times the fault may act; false when it has none left. */
    synchronized boolean take() {
        if (remaining == 0) {
            return false;
        }
        remaining--;
        return true;
    }

    /** Counts a firing; returns how often it fired in all. */
    synchronized int fire() {
        return ++fired;
    }

    synchronized boolean spent() {
        return remaining == 0;
    }

    synchronized ArmedFault snapshot() {
        return new ArmedFault(fault, fired, remaining);
    }
}
