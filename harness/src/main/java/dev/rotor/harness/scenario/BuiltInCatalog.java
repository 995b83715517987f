package dev.rotor.harness.scenario;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The scenario catalog packaged in the harness jar (the build copies {@code scenarios/} to {@value #FOLDER}), so a
 * project that only has the installed artifacts runs the same catalog as a checkout.
 */
public final class BuiltInCatalog {
    static final String FOLDER = "dev/rotor/harness/catalog";

    private BuiltInCatalog() {
    }

    public static List<Scenario> load(ScenarioLoader loader) {
        Path code;
        try {
            code = Path.of(BuiltInCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot find the harness's built-in scenario catalog: " + e.getMessage(), e);
        }
        return load(loader, code);
    }

    /** The catalog under {@value #FOLDER} in {@code code}: a folder of classes or a jar. */
    static List<Scenario> load(ScenarioLoader loader, Path code) {
        if (Files.isDirectory(code)) {
            return loader.loadAll(code.resolve(FOLDER));
        }
        // a Path-created zip file system is private to this call: no clash with one another thread has open
        try (FileSystem jar = FileSystems.newFileSystem(code)) {
            return loader.loadAll(jar.getPath(FOLDER));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in scenario catalog in " + code + ": "
                    + e.getMessage(), e);
        }
    }
}
