package dev.rotor.emulator.lambda;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Lambda's OS-only runtime: the task root's executable {@code bootstrap} speaks the Runtime API itself. */
final class ProvidedRuntimeCommand implements RuntimeCommand {
    private final Path runtimeDirectory;

    ProvidedRuntimeCommand(Path runtimeDirectory) {
        this.runtimeDirectory = runtimeDirectory;
    }

    @Override
    public ProcessCommand build(PreparedCode code, Map<String, String> environment) {
        return new ProcessCommand(List.of(code.taskRoot().resolve("bootstrap").toString()), environment,
                new AppCdsArchives.Plan.None());
    }

    @Override
    public Path runtimeDirectory() {
        return runtimeDirectory;
    }
}
