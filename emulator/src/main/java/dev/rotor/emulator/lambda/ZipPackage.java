package dev.rotor.emulator.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A Lambda deployment package as a zip (or jar) file, unpacked safely: an entry that would land outside the target
 * folder (zip-slip) is refused, and the unzipped size is bounded as Lambda bounds it (250 MB, with Lambda's message).
 * The declared sizes are checked before anything is written, and the bytes actually written while unzipping.
 */
final class ZipPackage {

    /** Lambda's quota for a function's unzipped deployment package: 250 MB. */
    static final long MAX_UNZIPPED_BYTES = 262_144_000L;

    private ZipPackage() {
    }

    /** Checks the package without unpacking it: a readable zip, no entry escaping, a declared size within bounds. */
    static void check(Path zip) throws IOException {
        check(zip, MAX_UNZIPPED_BYTES);
    }

    static void check(Path zip, long limit) throws IOException {
        try (ZipFile file = open(zip)) {
            long declared = 0;
            Path root = Path.of("/task-root");
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                target(root, entry);
                declared += Math.max(entry.getSize(), 0);
                if (declared >= limit) {
                    throw tooLarge(limit);
                }
            }
        }
    }

    /** Whether the package holds an entry under {@code folder} (e.g. {@code boto3/}). */
    static boolean contains(Path zip, String folder) throws IOException {
        try (ZipFile file = open(zip)) {
            return file.stream().anyMatch(entry -> entry.getName().startsWith(folder));
        }
    }

    /** Unpacks the package into {@code target}, counting the bytes written against Lambda's bound. */
    static void unzip(Path zip, Path target) throws IOException {
        unzip(zip, target, MAX_UNZIPPED_BYTES);
    }

    static void unzip(Path zip, Path target, long limit) throws IOException {
        try (ZipFile file = open(zip)) {
            long written = 0;
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = target(target, entry);
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry); OutputStream to = Files.newOutputStream(out)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        written += n;
                        if (written >= limit) {
                            throw tooLarge(limit);
                        }
                        to.write(buffer, 0, n);
                    }
                }
            }
        }
    }

    private static ZipFile open(Path zip) throws IOException {
        try {
            return new ZipFile(zip.toFile());
        } catch (ZipException notAZip) {
            throw new IOException("The function code is not a zip or jar file", notAZip);
        }
    }

    private static Path target(Path root, ZipEntry entry) throws IOException {
        Path out = root.resolve(entry.getName()).normalize();
        if (!out.startsWith(root) || out.equals(root) && !entry.isDirectory()) {
            throw new IOException("The function package has an entry that escapes its folder (zip-slip): refused");
        }
        return out;
    }

    private static IOException tooLarge(long limit) {
        return new IOException("Unzipped size must be smaller than " + limit + " bytes");
    }
}
