package dev.rotor.harness.runner;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretFieldsTest {

    @Test
    void readsJsonScalarsAsTheirTypesAndAnythingElseAsText() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("ssl", "false");
        options.put("replicas", "3");
        options.put("quoted", "\"true\"");
        options.put("note", "owned by team payments");
        options.put("looks-numeric", "3 apples");
        options.put("empty", "");

        assertThat(SecretFields.parse(options)).containsExactly(Map.entry("ssl", false), Map.entry("replicas", 3),
                Map.entry("quoted", "true"), Map.entry("note", "owned by team payments"),
                Map.entry("looks-numeric", "3 apples"), Map.entry("empty", ""));
    }

    @Test
    void refusesTheFieldsTheHarnessWritesAndValuesThatAreNotSingle() {
        assertThatThrownBy(() -> SecretFields.parse(Map.of("password", "x")))
                .hasMessage("--secret-field password: the harness sets this field itself");
        assertThatThrownBy(() -> SecretFields.parse(Map.of("tags", "[1, 2]")))
                .hasMessage("--secret-field tags: secret fields are single values");
    }
}
