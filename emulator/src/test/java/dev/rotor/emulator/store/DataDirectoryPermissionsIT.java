package dev.rotor.emulator.store;

import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.wire.WireEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's files hold secret values in plain text: only their owner may read them. */
class DataDirectoryPermissionsIT {
    @TempDir
    Path temp;

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static List<Path> storeFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("rotor.")).toList();
        }
    }

    private static void writeASecret(Emulator emulator) {
        try (SecretsManagerClient sm = WireEmulator.newClient(emulator.endpoint())) {
            sm.createSecret(r -> r.name("perm-" + System.nanoTime()).secretString("s3cr3t"));
        }
    }

    private static int secretCount(Emulator emulator) {
        try (SecretsManagerClient sm = WireEmulator.newClient(emulator.endpoint())) {
            return sm.listSecrets(r -> r.includePlannedDeletion(true)).secretList().size();
        }
    }

    @Test
    void a_data_directory_rotor_creates_is_0700_and_the_database_files_are_0600_while_running_and_after() throws Exception {
        Path dir = temp.resolve("state/rotor");
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults().withDataDir(dir))) {
            writeASecret(emulator);

            assertThat(mode(dir)).isEqualTo("rwx------");
            assertThat(storeFiles(dir)).isNotEmpty().allSatisfy(f -> assertThat(mode(f)).as(f.toString())
                    .isEqualTo("rw-------"));
        }
        assertThat(storeFiles(dir)).isNotEmpty().allSatisfy(f -> assertThat(mode(f)).as(f.toString())
                .isEqualTo("rw-------"));
    }

    @Test
    void an_existing_directory_keeps_its_mode_but_database_files_left_readable_by_an_earlier_run_are_tightened()
            throws Exception {
        Path dir = Files.createDirectories(temp.resolve("shared"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults().withDataDir(dir))) {
            writeASecret(emulator);
        }
        for (Path file : storeFiles(dir)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }

        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults().withDataDir(dir))) {
            assertThat(mode(dir)).isEqualTo("rwxr-xr-x");
            assertThat(storeFiles(dir)).isNotEmpty().allSatisfy(f -> assertThat(mode(f)).as(f.toString())
                    .isEqualTo("rw-------"));
            assertThat(secretCount(emulator)).isEqualTo(1);
        }
    }
}
