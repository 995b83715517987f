package dev.rotor.emulator.lambda;

import java.util.List;
import java.util.Map;

/**
 * The command line and environment of one function process, and what it does with AppCDS (recorded or used archive,
 * settled when the process ends).
 */
record ProcessCommand(List<String> command, Map<String, String> environment, AppCdsArchives.Plan cds) {

    ProcessCommand {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
