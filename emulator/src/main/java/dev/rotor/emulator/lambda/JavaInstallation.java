package dev.rotor.emulator.lambda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A {@code java} executable and the version it reports in its {@code release} file. */
record JavaInstallation(Path executable, int feature, String version) {

    /** The JDK running the emulator. */
    static JavaInstallation current() {
        return new JavaInstallation(Path.of(System.getProperty("java.home"), "bin", "java"),
                Runtime.version().feature(), System.getProperty("java.runtime.version"));
    }

    /** {@code executable} (a {@code java} binary), or the current JDK when {@code null}. */
    static JavaInstallation of(Path executable) {
        if (executable == null) {
            return current();
        }
        if (!Files.isExecutable(executable)) {
            throw new IllegalArgumentException("The java given for the function is not an executable file");
        }
        try {
            Path home = executable.toRealPath().getParent().getParent();
            String version = null;
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_RUNTIME_VERSION=") || (version == null && line.startsWith("JAVA_VERSION="))) {
                    version = line.substring(line.indexOf('=') + 1).replace("\"", "");
                }
            }
            if (version != null) {
                return new JavaInstallation(executable, Runtime.Version.parse(version.split("[-+]")[0]).feature(), version);
            }
        } catch (IOException | IllegalArgumentException unknown) {
            // fall through: no release file
        }
        return new JavaInstallation(executable, 0, "unknown");
    }
}
