package dev.rotor.emulator.admin;

/**
 * A fault armed since the last reset, and what became of it: how often it {@code fired} (changed an invocation, a
 * call or the database traffic) and how many more times it may. One that is spent stays listed: a fault that never
 * fired is visible as such.
 */
public record ArmedFault(Fault fault, int fired, int remaining) {
}
