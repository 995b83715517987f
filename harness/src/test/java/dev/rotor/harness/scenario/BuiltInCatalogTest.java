package dev.rotor.harness.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltInCatalogTest {
    @TempDir
    Path dir;

    @Test
    void isTheProjectsScenarioCatalog() {
        ScenarioLoader loader = new ScenarioLoader();

        assertThat(BuiltInCatalog.load(loader)).extracting(Scenario::name).isNotEmpty()
                .containsExactlyElementsOf(loader.loadAll(Path.of("../scenarios")).stream().map(Scenario::name)
                        .toList());
    }

    @Test
    void isReadFromInsideAJar() throws IOException {
        Path jar = dir.resolve("rotor-harness.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new ZipEntry(BuiltInCatalog.FOLDER + "/"));
            out.putNextEntry(new ZipEntry(BuiltInCatalog.FOLDER + "/only-one.yaml"));
            out.write("name: only-one\nactions:\n  - rotate\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("dev/rotor/harness/other.yaml"));
            out.write("name: not-in-the-catalog\nactions:\n  - rotate\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(BuiltInCatalog.load(new ScenarioLoader(), jar)).extracting(Scenario::name)
                .containsExactly("only-one");
    }
}
