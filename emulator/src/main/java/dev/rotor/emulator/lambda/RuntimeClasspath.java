package dev.rotor.emulator.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The official Lambda Runtime Interface Client and its dependencies as files: copied at build time into the
 * emulator's classes ({@code lambda-runtime/}), extracted once per version into the cache folder, so function
 * processes can put them on {@code -cp} even when the emulator runs from a fat jar. Also extracts the RIC's JNI
 * library once (the RIC otherwise copies it to one shared temp file per launch, and parallel launches crash).
 *
 * @param version    the RIC version
 * @param jars       the class path, RIC first
 * @param jniLibrary the extracted {@code libaws-lambda-jni} for this platform
 */
public record RuntimeClasspath(String version, List<Path> jars, Path jniLibrary) {

    private static final String RESOURCE_DIR = "lambda-runtime/";

    public String classpath() {
        StringBuilder cp = new StringBuilder();
        for (Path jar : jars) {
            if (cp.length() > 0) {
                cp.append(java.io.File.pathSeparatorChar);
            }
            cp.append(jar);
        }
        return cp.toString();
    }

    public Path directory() {
        return jars.get(0).getParent();
    }

    /** Extracts (at most once per version and cache folder; safe against concurrent emulators) and returns the jars. */
    public static RuntimeClasspath extract(Path cacheDir) {
        ClassLoader loader = RuntimeClasspath.class.getClassLoader();
        List<String> names = new ArrayList<>();
        String version = null;
        try (InputStream index = loader.getResourceAsStream(RESOURCE_DIR + "index.txt")) {
            if (index == null) {
                throw new IllegalStateException("The emulator was built without its Lambda runtime jars"
                        + " (lambda-runtime/index.txt is missing from the class path)");
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.trim();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("version=")) {
                    version = entry.substring("version=".length());
                } else {
                    names.add(entry);
                }
            }
            Path dir = cacheDir.resolve("lambda-runtime").resolve(version);
            Files.createDirectories(dir);
            List<Path> jars = new ArrayList<>();
            for (String name : names) {
                Path target = dir.resolve(name);
                if (!Files.isRegularFile(target)) {
                    try (InputStream jar = loader.getResourceAsStream(RESOURCE_DIR + name)) {
                        if (jar == null) {
                            throw new IllegalStateException("Lambda runtime jar " + name + " is missing from the class path");
                        }
                        writeAtomically(jar, target);
                    }
                }
                jars.add(target);
            }
            Path jni = extractJni(jars.get(0), dir);
            return new RuntimeClasspath(version, List.copyOf(jars), jni);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot extract the Lambda runtime jars into " + cacheDir, e);
        }
    }

    private static Path extractJni(Path ricJar, Path dir) throws IOException {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String platform = arch.contains("aarch64") || arch.contains("arm64") ? "aarch_64" : "x86_64";
        String libc = Files.exists(Path.of("/lib/ld-musl-" + (platform.equals("x86_64") ? "x86_64" : "aarch64") + ".so.1"))
                ? "linux_musl" : "linux";
        String entryName = "jni/libaws-lambda-jni." + libc + "-" + platform + ".so";
        Path target = dir.resolve("libaws-lambda-jni." + libc + "-" + platform + ".so");
        if (Files.isRegularFile(target)) {
            return target;
        }
        try (ZipFile zip = new ZipFile(ricJar.toFile())) {
            ZipEntry entry = zip.getEntry(entryName);
            if (entry == null) {
                throw new IllegalStateException("The Lambda runtime client has no native library " + entryName);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                writeAtomically(in, target);
            }
        }
        return target;
    }

    /** Writes a file so that a reader sees it whole or not at all (emulators may share the cache folder). */
    static void writeAtomically(InputStream in, Path target) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
