package dev.rotor.harness.scenario;

import java.nio.file.Path;

/** A scenario file that cannot be used, with the file, line and field at fault. */
public final class ScenarioException extends RuntimeException {
    private final Path file;
    private final int line;
    private final String field;

    public ScenarioException(Path file, int line, String field, String problem) {
        super(file + ":" + line + ": " + (field == null || field.isEmpty() ? "" : field + ": ") + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
