package dev.rotor.functions.mysql.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class MySqlConnectorTest {

    private static DbCredentials credentials(String host, String dbname, Boolean ssl) {
        return new DbCredentials("mysql", host, 3306, "app", "p@ss:/?", dbname, ssl);
    }

    @Test
    void theUrlHoldsHostPortAndDatabaseButNeverCredentials() {
        assertThat(MySqlConnector.url(credentials("db.example", "shop", null)))
                .isEqualTo("jdbc:mysql://db.example:3306/shop");
        assertThat(MySqlConnector.url(credentials("db.example", null, null))).isEqualTo("jdbc:mysql://db.example:3306/");
        assertThat(MySqlConnector.url(credentials("db", "my shop&x", null))).isEqualTo("jdbc:mysql://db:3306/my%20shop%26x");
        assertThat(MySqlConnector.url(credentials("::1", null, null))).isEqualTo("jdbc:mysql://[::1]:3306/");
    }

    @Test
    void aHostThatWouldRewriteTheUrlIsRefused() {
        assertThatThrownBy(() -> MySqlConnector.url(credentials("evil/db?user=root", null, null)))
                .hasMessageContaining("host");
        assertThatThrownBy(() -> MySqlConnector.url(credentials("a,b", null, null))).hasMessageContaining("host");
    }

    @Test
    void tlsFollowsTheSecretsSslField() {
        Properties required = MySqlConnector.properties(credentials("db", null, true));
        Properties disabled = MySqlConnector.properties(credentials("db", null, false));
        Properties preferred = MySqlConnector.properties(credentials("db", null, null));

        assertThat(required.getProperty("sslMode")).isEqualTo("REQUIRED");
        assertThat(required.getProperty("allowPublicKeyRetrieval")).isNull();
        assertThat(disabled.getProperty("sslMode")).isEqualTo("DISABLED");
        assertThat(disabled.getProperty("allowPublicKeyRetrieval")).isEqualTo("true");
        assertThat(preferred.getProperty("sslMode")).isEqualTo("PREFERRED");
        assertThat(preferred.getProperty("allowPublicKeyRetrieval")).isEqualTo("true");
    }

    @Test
    void credentialsAndTheFiveSecondConnectTimeoutArePassedAsProperties() {
        Properties props = MySqlConnector.properties(credentials("db", null, null));

        assertThat(props.getProperty("user")).isEqualTo("app");
        assertThat(props.getProperty("password")).isEqualTo("p@ss:/?");
        assertThat(props.getProperty("connectTimeout")).isEqualTo("5000");
    }
}
