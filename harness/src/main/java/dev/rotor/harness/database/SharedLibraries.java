package dev.rotor.harness.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes sure mysqld's system libraries (libaio, libnuma) are there: installs them with apt as root, else explains. */
final class SharedLibraries {

    private static final Logger LOG = LoggerFactory.getLogger(SharedLibraries.class);

    private SharedLibraries() {
    }

    static void ensureFor(Path binary) {
        Set<String> packages = missingPackages(binary);
        if (packages.isEmpty()) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean apt = Files.isExecutable(Path.of("/usr/bin/apt-get"));
        if (!root || !apt) {
            throw new DatabaseException("mysqld needs the system packages " + String.join(" ", packages)
                    + " (Debian/Ubuntu: sudo apt-get install " + String.join(" ", packages)
                    + "; on Debian 13 / Ubuntu 24.04 libaio1 is named libaio1t64)");
        }
        LOG.warn("mysqld needs {}: installing with apt-get (running as root)", packages);
        List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "-q", "--no-install-recommends"));
        install.addAll(packages);
        if (run(install) != 0 && (run(List.of("apt-get", "update", "-q")) != 0 || run(install) != 0)) {
            throw new DatabaseException("apt-get could not install " + packages + " that mysqld needs");
        }
        Set<String> still = missingPackages(binary);
        if (!still.isEmpty()) {
            throw new DatabaseException("mysqld still misses libraries after installing " + packages + ": " + still);
        }
    }

    /** Debian package names for the libraries that {@code ldd} reports as not found. */
    static Set<String> missingPackages(Path binary) {
        Set<String> packages = new LinkedHashSet<>();
        for (String line : ldd(binary)) {
            if (!line.contains("not found")) {
                continue;
            }
            String library = line.trim().split("\\s+")[0];
            if (library.startsWith("libaio")) {
                packages.add("libaio1");
            } else if (library.startsWith("libnuma")) {
                packages.add("libnuma1");
            } else {
                throw new DatabaseException("mysqld needs the system library " + library + ", which is missing");
            }
        }
        return packages;
    }

    private static List<String> ldd(Path binary) {
        try {
            Process p = new ProcessBuilder("ldd", binary.toString()).redirectErrorStream(true).start();
            List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
            p.waitFor(30, TimeUnit.SECONDS);
            return lines;
        } catch (IOException e) {
            return List.of(); // no ldd: mysqld itself will name a missing library when it starts
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static int run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            return builder.start().waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
