package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunctionDefinitionTest {

    @Test
    void parses_the_command_line_spec() {
        FunctionDefinition function = FunctionDefinition.parse("name=rotate,jar=/tmp/f.jar,handler=a.B::handle,"
                + "env.DB_HOST=localhost,env.MODE=x=y,timeout=45,memory=1024,runtime=java21,java=/opt/jdk/bin/java");

        assertThat(function.name()).isEqualTo("rotate");
        assertThat(function.code()).isEqualTo(Path.of("/tmp/f.jar"));
        assertThat(function.handler()).isEqualTo("a.B::handle");
        assertThat(function.environment()).isEqualTo(Map.of("DB_HOST", "localhost", "MODE", "x=y"));
        assertThat(function.timeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(function.memoryMb()).isEqualTo(1024);
        assertThat(function.runtime()).isEqualTo(FunctionRuntime.JAVA21);
        assertThat(function.javaExecutable()).isEqualTo(Path.of("/opt/jdk/bin/java"));
    }

    @Test
    void fills_in_lambdas_defaults() {
        FunctionDefinition function = FunctionDefinition.parse("name=f,jar=f.jar,handler=a.B");

        assertThat(function.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(function.memoryMb()).isEqualTo(512);
        assertThat(function.runtime()).isEqualTo(FunctionRuntime.JAVA17);
        assertThat(function.environment()).isEmpty();
    }

    @Test
    void accepts_several_timeout_spellings() {
        assertThat(FunctionDefinition.parseTimeout("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(FunctionDefinition.parseTimeout("1500ms")).isEqualTo(Duration.ofMillis(1500));
        assertThat(FunctionDefinition.parseTimeout("PT1M")).isEqualTo(Duration.ofMinutes(1));
        assertThat(FunctionDefinition.parseTimeout("2.5")).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void rejects_bad_specs_with_clear_messages() {
        assertThatThrownBy(() -> FunctionDefinition.parse("name=f,jar=f.jar")).hasMessageContaining("handler");
        assertThatThrownBy(() -> FunctionDefinition.parse("name=bad name,jar=f.jar,handler=a.B"))
                .hasMessageContaining("Function name");
        assertThatThrownBy(() -> FunctionDefinition.parse("name=f,jar=f.jar,handler=a.B,colour=red"))
                .hasMessageContaining("Unknown key 'colour'");
        assertThatThrownBy(() -> FunctionDefinition.parse("name=f,jar=f.jar,handler=a.B,runtime=python3.12"))
                .hasMessageContaining("Unsupported runtime");
        assertThatThrownBy(() -> FunctionDefinition.parse("name=f,jar=f.jar,handler=a.B,timeout=901"))
                .hasMessageContaining("Timeout");
        assertThatThrownBy(() -> FunctionDefinition.parse("name=f,jar=f.jar,handler=a.B,memory=64"))
                .hasMessageContaining("Memory");
    }

    @Test
    void a_provided_function_needs_no_handler() {
        FunctionDefinition function = FunctionDefinition.parse("name=f,code=/srv/fn,runtime=provided.al2023");

        assertThat(function.runtime()).isEqualTo(FunctionRuntime.PROVIDED);
        assertThat(function.handler()).isEqualTo("bootstrap");
    }
}
