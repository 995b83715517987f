package dev.rotor.emulator.exposure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AllowedHostsTest {
    private final AllowedHosts defaults = new AllowedHosts(List.of());
    private final AllowedHosts configured = new AllowedHosts(List.of("Secrets.Example.com", "*.corp.example", " "));

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.1:4566", "0.0.0.0", "10.0.0.7:80", "[::1]:4566", "[fe80::1]",
            "localhost", "LOCALHOST:4566", "localhost.", "app.localhost:3000", "rotor", "db_1:4566",
            "host.docker.internal", "host.containers.internal:4566"})
    void ip_literals_localhost_dotless_names_and_container_host_aliases_are_accepted_hosts(String host) {
        assertThat(defaults.acceptsHost(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example.com", "evil.example.com:4566", "127.0.0.1.nip.io", "localhost.evil.com",
            "999.1.1.1", "1.2.3", "secrets.example.com", ":4566", "host.docker.internal.evil.com"})
    void other_names_are_refused_unless_configured(String host) {
        assertThat(defaults.acceptsHost(host)).isFalse();
    }

    @Test
    void an_absent_host_header_is_accepted_as_http_1_0_sends_none() {
        assertThat(defaults.acceptsHost(null)).isTrue();
    }

    @Test
    void configured_names_match_exactly_ignoring_case_and_wildcards_match_subdomains_only() {
        assertThat(configured.acceptsHost("secrets.example.com:443")).isTrue();
        assertThat(configured.acceptsHost("a.corp.example")).isTrue();
        assertThat(configured.acceptsHost("a.b.corp.example")).isTrue();
        assertThat(configured.acceptsHost("corp.example")).isFalse();
        assertThat(configured.acceptsHost("xcorp.example")).isFalse();
        assertThat(configured.acceptsHost("secrets.example.com.evil")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:3000", "http://127.0.0.1:8080", "http://127.8.9.10", "http://[::1]:5173",
            "https://app.localhost"})
    void loopback_origins_are_accepted(String origin) {
        assertThat(defaults.acceptsOrigin(origin)).isTrue();
        assertThat(defaults.namesOrigin(origin)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "https://evil.example.com", "http://10.0.0.7", "http://rotor:4566", "file://",
            "not a uri", "http://localhost.evil.com"})
    void other_origins_are_refused_unless_configured(String origin) {
        assertThat(defaults.acceptsOrigin(origin)).isFalse();
    }

    @Test
    void configured_origins_are_accepted_and_named() {
        assertThat(configured.acceptsOrigin("https://app.corp.example")).isTrue();
        assertThat(configured.namesOrigin("https://app.corp.example")).isTrue();
        assertThat(configured.acceptsOrigin("https://corp.example.evil.com")).isFalse();
    }
}
