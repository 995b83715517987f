package dev.rotor.emulator.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;

/**
 * The unzipped code of a function, as Lambda lays it out under {@code /var/task}: the working directory and
 * {@code LAMBDA_TASK_ROOT} of the function process. A folder is used as it is; a jar or zip is unzipped
 * ({@link ZipPackage}: safely, within Lambda's size bound) once per content version (path, size, modification time)
 * under the work folder.
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

    static Path prepare(String functionName, Path code, Path workDir) {
        Path absolute = code.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return absolute;
        }
        if (!Files.isRegularFile(absolute)) {
            throw new UncheckedIOException(new java.io.FileNotFoundException("Function code not found: " + absolute));
        }
        String hash = Integer.toHexString(fingerprint(absolute).hashCode());
        Path root = workDir.resolve("task").resolve(functionName + "-" + hash);
        if (Files.exists(root.resolve(COMPLETE_MARKER))) {
            return root;
        }
        Path staging = null;
        try {
            Files.createDirectories(root.getParent());
            staging = Files.createTempDirectory(root.getParent(), functionName + "-unzip");
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
}
