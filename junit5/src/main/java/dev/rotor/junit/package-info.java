/**
 * Rotor for JUnit 5: {@link dev.rotor.junit.RotorTest} runs an in-process Secrets Manager emulator for a test class.
 * The scenario catalog as dynamic tests ({@code RotationCatalog}, over the harness) belongs in this package too.
 */
package dev.rotor.junit;
