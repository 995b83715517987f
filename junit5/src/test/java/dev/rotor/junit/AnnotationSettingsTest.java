package dev.rotor.junit;

import dev.rotor.emulator.EmulatorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How {@link RotorTest} becomes the emulator's settings, and the errors that name what is wrong. */
class AnnotationSettingsTest {

    private static final String JAR = "../test-functions/target/rotor-test-functions.jar";

    @RotorTest
    static class Defaults {
    }

    @RotorTest(region = "eu-central-1", syncRotation = true, functions = @RotorFunction(name = "f", jar = JAR,
            handler = "com.example.F::handle", environment = {"A=1", "B=x=y"}, timeout = "2s"))
    static class Configured {
    }

    @RotorTest(functions = @RotorFunction(name = "f", jar = "target/no-such.jar", handler = "com.example.F"))
    static class MissingJar {
    }

    @RotorTest(functions = @RotorFunction(name = "f", jar = JAR, handler = "com.example.F", environment = "NOEQUALS"))
    static class BadEnvironment {
    }

    @RotorTest(functions = @RotorFunction(name = "bad name", jar = JAR, handler = "com.example.F"))
    static class BadName {
    }

    private static EmulatorConfig settings(Class<?> annotated) {
        return AnnotationSettings.from(annotated.getAnnotation(RotorTest.class));
    }

    @Test
    void theDefaultsAreAFreePortInMemoryInUsEast1WithAsynchronousRotation() {
        EmulatorConfig config = settings(Defaults.class);
        assertThat(config.port()).isZero();
        assertThat(config.dataDir()).isNull();
        assertThat(config.region()).isEqualTo("us-east-1");
        assertThat(config.rotation().synchronous()).isFalse();
        assertThat(config.functions()).isEmpty();
    }

    @Test
    void everyAnnotationSettingReachesTheEmulator() {
        EmulatorConfig config = settings(Configured.class);
        assertThat(config.region()).isEqualTo("eu-central-1");
        assertThat(config.rotation().synchronous()).isTrue();
        assertThat(config.functions()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("f");
            assertThat(f.handler()).isEqualTo("com.example.F::handle");
            assertThat(f.environment()).containsEntry("A", "1").containsEntry("B", "x=y");
            assertThat(f.timeout()).isEqualTo(Duration.ofSeconds(2));
        });
    }

    @Test
    void aMissingJarIsNamedWithWhereItWasLookedFor() {
        assertThatThrownBy(() -> settings(MissingJar.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("@RotorFunction(name = \"f\")")
                .hasMessageContaining("target/no-such.jar does not exist");
    }

    @Test
    void badEnvironmentEntriesAndNamesSayWhatIsExpected() {
        assertThatThrownBy(() -> settings(BadEnvironment.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("KEY=VALUE, not 'NOEQUALS'");
        assertThatThrownBy(() -> settings(BadName.class)).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("@RotorFunction(name = \"bad name\")")
                .hasMessageContaining("1 to 64 letters");
    }
}
