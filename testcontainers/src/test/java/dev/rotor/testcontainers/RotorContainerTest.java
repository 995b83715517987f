package dev.rotor.testcontainers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RotorContainer's settings, without a container engine. */
class RotorContainerTest {

    @TempDir
    Path dir;

    private RotorContainer rotor() {
        return new RotorContainer("localhost/rotor/rotor:dev");
    }

    @Test
    void functionArnsUseTheContainersRegionAndAccount() throws Exception {
        Path jar = Files.writeString(dir.resolve("f.jar"), "jar");
        RotorContainer rotor = rotor().withFunction(jar, "my-rotator", "com.example.Rotator")
                .withRegion("eu-west-1").withAccountId("123456789012");

        assertThat(rotor.getFunctionArn("my-rotator"))
                .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:my-rotator");
        assertThat(rotor().getRegion()).isEqualTo("us-east-1");
        assertThat(rotor().getAccountId()).isEqualTo("000000000000");
    }

    @Test
    void aMissingJarOrAnInvalidNameIsRefusedAtOnce() throws Exception {
        Path jar = Files.writeString(dir.resolve("f.jar"), "jar");
        assertThatThrownBy(() -> rotor().withFunction(dir.resolve("missing.jar"), "f", "com.example.F"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.jar does not exist");
        assertThatThrownBy(() -> rotor().withFunction(jar, "no spaces", "com.example.F"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 64 letters");
        assertThatThrownBy(() -> rotor().withFunction(jar, "f", "A").withFunction(jar, "f", "B"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already registered");
        assertThatThrownBy(() -> rotor().getFunctionArn("unknown"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no function named unknown");
    }

    @Test
    void theFunctionsFileCarriesAnyEnvironmentValueIntact() {
        String json = FunctionEntry.toJson(List.of(new FunctionEntry("f", "/opt/rotor-functions/f.jar",
                "com.example.F::handle", Map.of("EXCLUDE_CHARACTERS", "/@\"'\\,", "NOTE", "line\nbreak"))));

        assertThat(json).isEqualTo("{\"functions\": [\n  {\"name\": \"f\", \"code\": \"/opt/rotor-functions/f.jar\","
                + " \"handler\": \"com.example.F::handle\", \"environment\": {\"EXCLUDE_CHARACTERS\":"
                + " \"/@\\\"'\\\\,\", \"NOTE\": \"line\\u000abreak\"}}\n]}\n");
    }
}
