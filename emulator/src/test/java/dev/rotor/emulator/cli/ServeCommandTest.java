package dev.rotor.emulator.cli;

import dev.rotor.emulator.EmulatorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rotor serve}'s settings: options, and their {@code ROTOR_*} environment variables (the image's configuration). */
class ServeCommandTest {

    @TempDir
    Path dir;

    private static EmulatorConfig configFrom(Map<String, String> environment, String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).setDefaultValueProvider(new EnvironmentDefaults(environment)).parseArgs(args);
        return serve.config();
    }

    @Test
    void eachOptionCanBeSetByTheRotorVariableNamedAfterIt() throws Exception {
        Path functions = Files.writeString(dir.resolve("functions.yaml"),
                "functions:\n  - {name: rotator, jar: rotator.jar, handler: com.example.Rotator}\n");
        EmulatorConfig config = configFrom(Map.of("ROTOR_DATA_DIR", dir.toString(), "ROTOR_REGION", "eu-west-1",
                "ROTOR_ACCOUNT_ID", "123456789012", "ROTOR_SYNC_ROTATION", "true", "ROTOR_FUNCTIONS_FILE",
                functions.toString(), "ROTOR_PORT", "4567", "ROTOR_HOST", "0.0.0.0"));

        assertThat(config.dataDir()).isEqualTo(dir);
        assertThat(config.region()).isEqualTo("eu-west-1");
        assertThat(config.accountId()).isEqualTo("123456789012");
        assertThat(config.rotation().synchronous()).isTrue();
        assertThat(config.functions()).extracting(f -> f.name()).containsExactly("rotator");
        assertThat(config.port()).isEqualTo(4567);
        assertThat(config.host()).isEqualTo("0.0.0.0");
    }

    @Test
    void allowed_hosts_take_a_comma_separated_list_and_repeat() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--allowed-hosts", "secrets.example.com,*.corp.example",
                "--allowed-hosts", "rotor.internal");

        assertThat(serve.allowedHosts).containsExactly("secrets.example.com", "*.corp.example", "rotor.internal");
    }

    @Test
    void theAllowedHostsVariableIsACommaSeparatedList() {
        EmulatorConfig config = configFrom(Map.of("ROTOR_ALLOWED_HOSTS", "secrets.example.com,*.corp.example"));
        assertThat(config.allowedHosts()).containsExactly("secrets.example.com", "*.corp.example");
    }

    @Test
    void oneFunctionSpecCanComeFromRotorFunctionCommasIncluded() {
        EmulatorConfig config = configFrom(Map.of("ROTOR_FUNCTION",
                "name=my-rotator,jar=/functions/my-rotator.jar,handler=com.example.Rotator,env.MODE=fast"));
        assertThat(config.functions()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("my-rotator");
            assertThat(f.code()).isEqualTo(Path.of("/functions/my-rotator.jar"));
            assertThat(f.environment()).containsEntry("MODE", "fast");
        });
    }

    @Test
    void anOptionOnTheCommandLineWinsOverItsVariable() {
        EmulatorConfig config = configFrom(Map.of("ROTOR_REGION", "eu-west-1"), "--region", "ap-south-1");
        assertThat(config.region()).isEqualTo("ap-south-1");
    }

    @Test
    void aBlankVariableCountsAsUnsetSoTheDataStaysInMemory() {
        EmulatorConfig config = configFrom(Map.of("ROTOR_DATA_DIR", " ", "ROTOR_REGION", ""));
        assertThat(config.dataDir()).isNull();
        assertThat(config.region()).isEqualTo("us-east-1");
    }

    @Test
    void withoutVariablesTheDocumentedDefaultsApply() {
        EmulatorConfig config = configFrom(Map.of());
        assertThat(config.port()).isEqualTo(EmulatorConfig.DEFAULT_PORT);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.dataDir()).isNull();
        assertThat(config.rotation().synchronous()).isFalse();
    }

    @Test
    void variableNamesAreTheLongOptionNamesInUpperCase() {
        var spec = new CommandLine(new ServeCommand()).getCommandSpec();
        assertThat(EnvironmentDefaults.variableFor(spec.findOption("--functions-file")))
                .isEqualTo("ROTOR_FUNCTIONS_FILE");
        assertThat(EnvironmentDefaults.variableFor(spec.findOption("--rotation-retry-delay")))
                .isEqualTo("ROTOR_ROTATION_RETRY_DELAY");
    }
}
