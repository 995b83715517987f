package dev.rotor.emulator.lambda;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Python writes the byte code of function code ({@code -X pycache_prefix}, never into the task root): a tree
 * under the cache folder that mirrors each source folder's absolute path. Task roots live in a temporary work folder
 * per host (a new path every run), so their mirrors go with them: when the host deletes its work folder, when a stale
 * task root is deleted, and, as a host starts, those of temporary work folders that are gone (a killed run's).
 * Without this the mirror grew by a copy of the function's byte code on every run.
 *
 * @param directory the mirror's root, {@code <cache>/pycache}
 */
record PythonBytecodeCache(Path directory) {

    static PythonBytecodeCache in(Path cacheDir) {
        return new PythonBytecodeCache(cacheDir.resolve("pycache"));
    }

    /** The folder holding the byte code of the sources under {@code source}. */
    Path mirrorOf(Path source) {
        Path absolute = source.toAbsolutePath().normalize();
        return directory.resolve(absolute.getRoot().relativize(absolute).toString());
    }

    void deleteMirrorOf(Path source) {
        FileTrees.deleteQuietly(mirrorOf(source));
    }

    /** Deletes the mirrors of the folders {@code parent/<prefix>*} that no longer exist. */
    void deleteMirrorsOfGone(Path parent, String prefix) {
        try (DirectoryStream<Path> mirrors = Files.newDirectoryStream(mirrorOf(parent), prefix + "*")) {
            for (Path mirror : mirrors) {
                if (!Files.exists(parent.resolve(mirror.getFileName().toString()))) {
                    FileTrees.deleteQuietly(mirror);
                }
            }
        } catch (IOException noMirrors) {
            // no byte code was written for such folders
        }
    }
}
