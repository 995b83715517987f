package dev.rotor.emulator.lambda;

import java.nio.file.Path;
import java.util.Map;

/**
 * How a runtime starts a function process: its command line, given the prepared code and Lambda's environment, and
 * where the runtime's own files are ({@code LAMBDA_RUNTIME_DIR}). One implementation per kind of runtime.
 */
interface RuntimeCommand {

    ProcessCommand build(PreparedCode code, Map<String, String> environment);

    Path runtimeDirectory();
}
