package dev.rotor.junit;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RotorTest#dataDir()}: the state lives in H2 files there. */
@RotorTest(dataDir = "target/rotor-junit-data")
class DataDirIT {

    @Test
    void theStateIsKeptInH2FilesInTheDataDir(SecretsManagerClient secretsManager) {
        secretsManager.createSecret(r -> r.name("on-disk").secretString("v1"));

        assertThat(Path.of("target/rotor-junit-data/rotor.mv.db")).isRegularFile();
        assertThat(secretsManager.getSecretValue(r -> r.secretId("on-disk")).secretString()).isEqualTo("v1");
    }
}
