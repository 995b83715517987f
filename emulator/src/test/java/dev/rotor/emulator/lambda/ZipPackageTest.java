package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZipPackageTest {

    @TempDir
    Path dir;

    private Path zip(Map<String, byte[]> entries) throws IOException {
        Path zip = dir.resolve("package.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void unpacks_a_package_with_folders() throws Exception {
        Path zip = zip(Map.of("lambda_function.py", "x = 1\n".getBytes(), "pymysql/__init__.py", new byte[0]));
        Path target = Files.createDirectory(dir.resolve("task"));

        ZipPackage.check(zip);
        ZipPackage.unzip(zip, target);

        assertThat(target.resolve("lambda_function.py")).hasContent("x = 1");
        assertThat(target.resolve("pymysql/__init__.py")).exists();
        assertThat(ZipPackage.contains(zip, "pymysql/")).isTrue();
        assertThat(ZipPackage.contains(zip, "boto3/")).isFalse();
    }

    @Test
    void refuses_an_entry_that_escapes_its_folder() throws Exception {
        for (String name : new String[] {"../evil.py", "lib/../../evil.py", "/etc/evil.py"}) {
            Path zip = zip(Map.of(name, "boom".getBytes()));
            Path target = Files.createDirectories(dir.resolve("task"));

            assertThatThrownBy(() -> ZipPackage.check(zip)).hasMessageContaining("zip-slip");
            assertThatThrownBy(() -> ZipPackage.unzip(zip, target)).hasMessageContaining("zip-slip");
            assertThat(dir.resolve("evil.py")).doesNotExist();
        }
    }

    @Test
    void bounds_the_unzipped_size_with_lambdas_message_before_and_while_unpacking() throws Exception {
        Path zip = zip(Map.of("big.bin", new byte[300_000]));
        Path target = Files.createDirectory(dir.resolve("task"));

        assertThatThrownBy(() -> ZipPackage.check(zip, 200_000))
                .hasMessage("Unzipped size must be smaller than 200000 bytes");
        assertThatThrownBy(() -> ZipPackage.unzip(zip, target, 200_000))
                .hasMessage("Unzipped size must be smaller than 200000 bytes");
        assertThat(ZipPackage.MAX_UNZIPPED_BYTES).as("Lambda's 250 MB").isEqualTo(262_144_000L);
    }

    @Test
    void says_when_the_code_is_not_a_zip() throws Exception {
        Path notZip = Files.writeString(dir.resolve("function.jar"), "not a zip");

        assertThatThrownBy(() -> ZipPackage.check(notZip)).hasMessageContaining("is not a zip or jar file");
    }
}
