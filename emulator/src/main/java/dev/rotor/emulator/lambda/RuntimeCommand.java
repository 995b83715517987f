package dev.rotor.emulator.lambda;

import java.util.Map;

/**
 * How a runtime starts a function process: its command line, given the prepared code and Lambda's environment. One
 * implementation per kind of runtime (a new runtime, such as Python, is a new implementation).
 */
interface RuntimeCommand {

    ProcessCommand build(PreparedCode code, Map<String, String> environment);
}
