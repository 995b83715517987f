package dev.rotor.harness.runner;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the Rotor checkout is: {@code -Drotor.home} (the launcher sets it), else found from the jar's location. */
public final class RotorHome {
    private RotorHome() {
    }

    public static Path path() {
        String home = System.getProperty("rotor.home");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        try {
            Path jar = Path.of(RotorHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("functions")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                    return dir;
                }
            }
        } catch (java.net.URISyntaxException | SecurityException e) {
            // fall through
        }
        return Path.of("").toAbsolutePath();
    }
}
