package dev.rotor.functions.mysql.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretValueTest {

    private static final String SECRET = "{\"engine\":\"mysql\",\"host\":\"db.example\",\"username\":\"app\","
            + "\"password\":\"old-secret\",\"team\":{\"name\":\"payments\",\"oncall\":[1,2]},\"ratio\":1.10,"
            + "\"port\":3306,\"flag\":true,\"nothing\":null}";

    @Test
    void unknownKeysAreCarriedOverUnchangedAndInOrder() {
        String json = SecretValue.parse(SECRET).with("password", "new-secret").toJson();

        assertThat(json).isEqualTo(SECRET.replace("old-secret", "new-secret"));
    }

    @Test
    void aNewKeyGoesLastAndTheOriginalIsUntouched() {
        SecretValue original = SecretValue.parse("{\"b\":1,\"a\":2}");

        SecretValue changed = original.with("c", "x").with("b", "y");

        assertThat(changed.toJson()).isEqualTo("{\"b\":\"y\",\"a\":2,\"c\":\"x\"}");
        assertThat(original.toJson()).isEqualTo("{\"b\":1,\"a\":2}");
    }

    @Test
    void textReadsStringsNumbersAndBooleansAndTreatsNullAsAbsent() {
        SecretValue value = SecretValue.parse(SECRET);

        assertThat(value.text("host")).contains("db.example");
        assertThat(value.text("port")).contains("3306");
        assertThat(value.text("flag")).contains("true");
        assertThat(value.text("nothing")).isEmpty();
        assertThat(value.text("absent")).isEmpty();
        assertThatThrownBy(() -> value.text("team")).hasMessageContaining("team");
    }

    @Test
    void invalidJsonFailsWithoutEchoingTheSecret() {
        assertThatThrownBy(() -> SecretValue.parse("{\"password\":\"hunter2\""))
                .isInstanceOf(RotationFailedException.class)
                .hasMessage("The secret value is not valid JSON");
        assertThatThrownBy(() -> SecretValue.parse("[\"hunter2\"]"))
                .hasMessage("The secret value is not a JSON object");
        assertThatThrownBy(() -> SecretValue.parse(null)).hasMessageContaining("binary");
    }

    @Test
    void toStringShowsKeysButNeverValues() {
        assertThat(SecretValue.parse(SECRET).toString())
                .contains("password", "host")
                .doesNotContain("old-secret", "db.example");
    }
}
