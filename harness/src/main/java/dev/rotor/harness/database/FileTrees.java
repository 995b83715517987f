package dev.rotor.harness.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Recursive deletion of the temporary directories a server leaves. */
final class FileTrees {

    private FileTrees() {
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static void deleteQuietly(Path root) {
        try {
            delete(root);
        } catch (IOException ignored) {
            // best effort: a temporary directory
        }
    }
}
