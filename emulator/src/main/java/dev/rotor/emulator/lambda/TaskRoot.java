package dev.rotor.emulator.lambda;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The unzipped code of a function, as Lambda lays it out under {@code /var/task}: the working directory and
 * {@code LAMBDA_TASK_ROOT} of the function process. A folder is used as it is; a jar or zip is unzipped
 * ({@link ZipPackage}: safely, within Lambda's size bound) once per content version (path, size, modification time)
 * under the work folder, and functions registered with the same package share that one tree, as Lambda's read-only
 * {@code /var/task} holds the same files for them. (Unzipping a 9 MB shaded jar costs about 0.6 s of CPU; a scenario
 * catalog registers one function per scenario, all from the same jar.) The tree records the version it holds, so
 * that a host starting on a persistent work folder deletes the trees of packages that have since changed or gone
 * ({@link #deleteStale}).
 */
final class TaskRoot {

    private static final String COMPLETE_MARKER = ".rotor-unzipped";

    private TaskRoot() {
    }

    /** What identifies one version of the code: a change means a new task root and a new process. */
    static String fingerprint(Path code) {
        try {
            Path absolute = code.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                return absolute.toString();
            }
            FileTime modified = Files.getLastModifiedTime(absolute);
            return absolute + "|" + Files.size(absolute) + "|" + modified.toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the function code " + code, e);
        }
    }

    /**
     * The task root of {@code code} under {@code workDir}, unzipped if it is not there yet. Safe when called at once for
     * the same package (each unzips into a staging folder, the first move wins); callers that share a work folder hold
     * one lock per package so that the second waits instead of unzipping again ({@link CodePreparation}).
     */
    static Path prepare(Path code, Path workDir) {
        Path absolute = code.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return absolute;
        }
        if (!Files.isRegularFile(absolute)) {
            throw new UncheckedIOException(new FileNotFoundException("Function code not found: " + absolute));
        }
        String name = absolute.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        String fingerprint = fingerprint(absolute);
        return unpack(absolute, workDir.resolve("task").resolve(name + "-" + digest(fingerprint)), name, fingerprint);
    }

    /**
     * Deletes the trees no function can use any more: those of a package that has changed or gone since (a rebuilt
     * jar gets a new tree; without this, every rebuild left one behind for good), and staging folders a killed
     * emulator left. Only for a work folder no process runs from, so the host calls it as it starts (an emulator's
     * data folder is its own: H2 locks it). Returns the deleted trees.
     */
    static List<Path> deleteStale(Path workDir) {
        List<Path> deleted = new ArrayList<>();
        try (DirectoryStream<Path> roots = Files.newDirectoryStream(workDir.resolve("task"))) {
            for (Path root : roots) {
                if (!holdsCurrentVersion(root)) {
                    FileTrees.deleteQuietly(root);
                    deleted.add(root);
                }
            }
        } catch (IOException noTaskRoots) {
            // nothing was unpacked here yet
        }
        return deleted;
    }

    /** Whether the tree is complete and its package is still the version it was unpacked from. */
    private static boolean holdsCurrentVersion(Path root) {
        try {
            List<String> recorded = Files.readAllLines(root.resolve(COMPLETE_MARKER), StandardCharsets.UTF_8);
            return recorded.size() == 2 && fingerprint(Path.of(recorded.get(0))).equals(recorded.get(1));
        } catch (IOException | UncheckedIOException | InvalidPathException goneOrUnreadable) {
            return false;
        }
    }

    private static Path unpack(Path absolute, Path root, String name, String fingerprint) {
        if (Files.exists(root.resolve(COMPLETE_MARKER))) {
            return root;
        }
        Path staging = null;
        try {
            Files.createDirectories(root.getParent());
            staging = Files.createTempDirectory(root.getParent(), name + "-unzip");
            ZipPackage.unzip(absolute, staging);
            Path bootstrap = staging.resolve("bootstrap");
            if (Files.isRegularFile(bootstrap)) {
                bootstrap.toFile().setExecutable(true); // zip entries lose their mode bits here; Lambda keeps them
            }
            Files.writeString(staging.resolve(COMPLETE_MARKER), absolute + "\n" + fingerprint + "\n");
            try {
                Files.move(staging, root, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.exists(root.resolve(COMPLETE_MARKER))) {
                    throw raced;
                }
                FileTrees.deleteQuietly(staging);
            }
            return root;
        } catch (IOException e) {
            FileTrees.deleteQuietly(staging);
            throw new UncheckedIOException("Cannot unpack the function code " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** The first 16 hex digits of the SHA-256 of {@code text}: one folder per content version, without collisions. */
    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
