package dev.rotor.functions.mysql.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.functions.mysql.common.DbCredentials.EngineRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DbCredentialsTest {

    private static DbCredentials parse(String json, EngineRule rule) {
        return DbCredentials.from(SecretValue.parse(json), rule);
    }

    @Test
    void readsEveryFieldOfAFullSecret() {
        DbCredentials credentials = parse("{\"engine\":\"mysql\",\"host\":\"db\",\"port\":3307,\"username\":\"app\","
                + "\"password\":\"pw\",\"dbname\":\"shop\",\"ssl\":true}", EngineRule.REQUIRED);

        assertThat(credentials).isEqualTo(new DbCredentials("mysql", "db", 3307, "app", "pw", "shop", true));
    }

    @Test
    void portDefaultsTo3306AndSslAndDbnameToAbsent() {
        DbCredentials credentials = parse("{\"host\":\"db\",\"username\":\"app\",\"password\":\"pw\"}",
                EngineRule.OPTIONAL);

        assertThat(credentials.port()).isEqualTo(3306);
        assertThat(credentials.ssl()).isNull();
        assertThat(credentials.dbname()).isNull();
        assertThat(credentials.engine()).isNull();
    }

    @Test
    void portAndSslMayBeStrings() {
        DbCredentials credentials = parse("{\"host\":\"db\",\"username\":\"app\",\"password\":\"pw\","
                + "\"port\":\"3310\",\"ssl\":\"FALSE\"}", EngineRule.OPTIONAL);

        assertThat(credentials.port()).isEqualTo(3310);
        assertThat(credentials.ssl()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"host", "username", "password"})
    void aMissingRequiredKeyFailsNamingIt(String key) {
        String json = "{\"host\":\"db\",\"username\":\"app\",\"password\":\"pw\"}"
                .replace("\"" + key + "\"", "\"other\"");

        assertThatThrownBy(() -> parse(json, EngineRule.OPTIONAL))
                .isInstanceOf(RotationFailedException.class)
                .hasMessage(key + " key is missing from secret JSON");
    }

    @Test
    void alternatingUsersRequireTheEngineKey() {
        String json = "{\"host\":\"db\",\"username\":\"app\",\"password\":\"pw\"}";

        assertThatThrownBy(() -> parse(json, EngineRule.REQUIRED)).hasMessage("engine key is missing from secret JSON");
    }

    @Test
    void anotherEngineIsRefused() {
        assertThatThrownBy(() -> parse("{\"engine\":\"postgres\",\"host\":\"db\",\"username\":\"app\","
                + "\"password\":\"pw\"}", EngineRule.OPTIONAL)).hasMessageContaining("'mysql'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "mariadb", "MariaDB", "aurora-mysql"})
    void mysqlFamilyEnginesAreAccepted(String engine) {
        assertThat(parse("{\"engine\":\"" + engine + "\",\"host\":\"db\",\"username\":\"app\",\"password\":\"pw\"}",
                EngineRule.REQUIRED).engine()).isEqualTo(engine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "0", "70000"})
    void anInvalidPortFails(String port) {
        assertThatThrownBy(() -> parse("{\"host\":\"db\",\"username\":\"app\",\"password\":\"pw\",\"port\":" + port
                + "}", EngineRule.OPTIONAL)).hasMessageContaining("port");
    }

    @Test
    void anInvalidSslValueFails() {
        assertThatThrownBy(() -> parse("{\"host\":\"db\",\"username\":\"app\",\"password\":\"pw\",\"ssl\":\"yes\"}",
                EngineRule.OPTIONAL)).hasMessageContaining("ssl");
    }

    @Test
    void toStringNeverShowsThePassword() {
        assertThat(new DbCredentials("mysql", "db", 3306, "app", "hunter2", null, null).toString())
                .contains("app", "db").doesNotContain("hunter2");
    }

    @Test
    void sameUserAndHostIgnoresPasswordAndPort() {
        DbCredentials a = new DbCredentials("mysql", "db", 3306, "app", "one", null, null);

        assertThat(a.sameUserAndHost(new DbCredentials(null, "db", 3307, "app", "two", "x", true))).isTrue();
        assertThat(a.sameUserAndHost(new DbCredentials(null, "db2", 3306, "app", "one", null, null))).isFalse();
        assertThat(a.sameUserAndHost(new DbCredentials(null, "db", 3306, "app_clone", "one", null, null))).isFalse();
    }
}
