package dev.rotor.emulator.lambda;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The unzipped code of a function, as Lambda lays it out under {@code /var/task}: the working directory and
 * {@code LAMBDA_TASK_ROOT} of the function process. A folder is used as it is; a jar or zip is unzipped
 * ({@link ZipPackage}: safely, within Lambda's size bound) once per content version (path, size, modification time)
 * under the work folder, and functions registered with the same package share that one tree, as Lambda's read-only
 * {@code /var/task} holds the same files for them. (Unzipping a 9 MB shaded jar costs about 0.6 s of CPU; a scenario
 * catalog registers one function per scenario, all from the same jar.)
 */
final class TaskRoot {

    private static final String COMPLETE_MARKER = ".rotor-unzipped";
    private static final ConcurrentMap<Path, Object> UNPACKING = new ConcurrentHashMap<>();

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

    static Path prepare(Path code, Path workDir) {
        Path absolute = code.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return absolute;
        }
        if (!Files.isRegularFile(absolute)) {
            throw new UncheckedIOException(new FileNotFoundException("Function code not found: " + absolute));
        }
        String name = absolute.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        Path root = workDir.resolve("task").resolve(name + "-" + digest(fingerprint(absolute)));
        synchronized (UNPACKING.computeIfAbsent(root, r -> new Object())) { // a second function waits, not unzips again
            return unpack(absolute, root, name);
        }
    }

    private static Path unpack(Path absolute, Path root, String name) {
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
            Files.createFile(staging.resolve(COMPLETE_MARKER));
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
