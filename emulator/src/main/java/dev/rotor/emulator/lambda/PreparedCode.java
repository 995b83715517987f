package dev.rotor.emulator.lambda;

import java.nio.file.Path;

/**
 * A function's code, ready to run: the definition it was prepared for, the code's fingerprint (a change means a new
 * process), the unpacked task root and the process's scratch folder ({@code TMPDIR}).
 */
record PreparedCode(FunctionDefinition function, String fingerprint, Path taskRoot, Path scratch) {
}
