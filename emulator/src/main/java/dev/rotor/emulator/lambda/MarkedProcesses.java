package dev.rotor.emulator.lambda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds processes by a variable in their environment ({@code /proc/<pid>/environ}). Children inherit it whichever
 * tree they leave (a new session, a double fork, re-parented to init), so this finds daemons a process-tree walk
 * misses. Best effort: a process that execs with a cleared environment drops the mark, and the environments of
 * other users' processes cannot be read.
 */
final class MarkedProcesses {
    private static final Path PROC = Path.of("/proc");

    private MarkedProcesses() {
    }

    /** The live processes, other than this one, whose variable {@code name} has a value {@code value} accepts. */
    static List<ProcessHandle> find(String name, Predicate<String> value) {
        List<ProcessHandle> found = new ArrayList<>();
        if (!Files.isDirectory(PROC)) {
            return found;
        }
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path entry : entries) {
                long pid = Long.parseLong(entry.getFileName().toString());
                if (pid != self && marked(entry.resolve("environ"), name + "=", value)) {
                    ProcessHandle.of(pid).ifPresent(found::add);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // /proc changed under us or is not what we expect: what was found is what there is
        }
        return found;
    }

    /**
     * Whether the process still runs. A killed process whose parent is gone stays a zombie until init reaps it, and
     * Java counts a zombie as alive; it runs nothing.
     */
    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(process.pid())).resolve("stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    private static boolean marked(Path environ, String prefix, Predicate<String> value) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(environ);
        } catch (IOException goneOrNotOurs) {
            return false;
        }
        for (String variable : new String(bytes, StandardCharsets.ISO_8859_1).split("\0")) {
            if (variable.startsWith(prefix)) {
                return value.test(variable.substring(prefix.length()));
            }
        }
        return false;
    }
}
