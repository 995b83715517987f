package dev.rotor.emulator.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The unzipped code of a function, as Lambda lays it out under {@code /var/task}: the working directory and
 * {@code LAMBDA_TASK_ROOT} of the function process. A folder is used as it is; a jar or zip is unzipped once per
 * content version (path, size, modification time) under the work folder.
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
        try {
            Files.createDirectories(root.getParent());
            Path staging = Files.createTempDirectory(root.getParent(), functionName + "-unzip");
            unzip(absolute, staging);
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
            throw new UncheckedIOException("Cannot unzip the function code " + absolute + " (is it a jar or zip?)", e);
        }
    }

    private static void unzip(Path zipFile, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Zip entry escapes the task root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }
}
