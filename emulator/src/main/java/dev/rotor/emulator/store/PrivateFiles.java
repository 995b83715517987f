package dev.rotor.emulator.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Owner-only permissions for the store's files, which hold secret values in plain text: a data directory Rotor
 * creates is 0700 (an existing one keeps its mode) and the database's files are 0600. Files H2 creates later (its
 * trace file) are tightened again when the store closes. Nothing to do where the file system has no POSIX modes.
 */
final class PrivateFiles {
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates {@code directory} (0700) if missing, and the database file {@code name}.mv.db (0600) in it. */
    static void prepare(Path directory, String name) {
        if (!posix(directory)) {
            return;
        }
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory.toAbsolutePath().getParent());
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
            }
            Files.createFile(directory.resolve(name + ".mv.db"), PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } catch (FileAlreadyExistsException existing) {
            // a store from an earlier run: tightened below
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the data directory " + directory, e);
        }
        tighten(directory, name);
    }

    /** Makes every file of the database {@code name} in {@code directory} owner-only. */
    static void tighten(Path directory, String name) {
        if (!posix(directory) || !Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name + ".")).toList()) {
                Files.setPosixFilePermissions(file, OWNER_FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the store's files in " + directory, e);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
