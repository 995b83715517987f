/**
 * Rotor for JUnit 5: {@link dev.rotor.junit.RotorTest} runs an in-process Secrets Manager emulator for a test class.
 * {@link dev.rotor.junit.RotationCatalog} runs the harness's scenario catalog against a rotation function as dynamic
 * tests.
 */
package dev.rotor.junit;
