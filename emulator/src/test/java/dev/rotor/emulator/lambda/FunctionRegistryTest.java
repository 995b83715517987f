package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionRegistryTest {

    private final FunctionRegistry registry = new FunctionRegistry("eu-west-1", "123456789012");

    @Test
    void finds_a_function_by_name_arn_qualified_arn_and_partial_arn() {
        FunctionDefinition function = registry.register(FunctionDefinition.of("rotator", Path.of("f.jar"), "a.B"));

        assertThat(registry.arnOf("rotator")).isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:rotator");
        assertThat(registry.find("rotator")).contains(function);
        assertThat(registry.find("arn:aws:lambda:eu-west-1:123456789012:function:rotator")).contains(function);
        assertThat(registry.find("arn:aws:lambda:eu-west-1:123456789012:function:rotator:$LATEST")).contains(function);
        assertThat(registry.find("123456789012:function:rotator")).contains(function);
        assertThat(registry.find("arn:aws:lambda:us-east-1:123456789012:function:rotator")).isEmpty();
        assertThat(registry.find("other")).isEmpty();
    }

    @Test
    void replaces_lists_sorted_and_removes() {
        registry.register(FunctionDefinition.of("b", Path.of("b.jar"), "a.B"));
        registry.register(FunctionDefinition.of("a", Path.of("a.jar"), "a.B"));
        registry.register(FunctionDefinition.of("b", Path.of("b2.jar"), "a.B"));

        assertThat(registry.list()).extracting(FunctionDefinition::name).containsExactly("a", "b");
        assertThat(registry.find("b").orElseThrow().code()).isEqualTo(Path.of("b2.jar"));
        assertThat(registry.remove("arn:aws:lambda:eu-west-1:123456789012:function:a")).isTrue();
        assertThat(registry.remove("a")).isFalse();
    }
}
