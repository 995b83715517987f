package dev.rotor.emulator.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.EmulatorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotor is unauthenticated by design, so only the right clients may reach it: Host names a browser could be
 * DNS-rebound to, cross-site browser requests and control-plane POSTs without a JSON body are refused with a clear
 * JSON error, and refused requests change nothing.
 */
@ExtendWith(WireEmulatorExtension.class)
class ExposureIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireEmulator emulator;

    ExposureIT(WireEmulator emulator) {
        this.emulator = emulator;
    }

    private int port() {
        return emulator.endpoint().getPort();
    }

    private RawHttp.Answer send(String method, String path, List<String> headers, String body) {
        List<RawHttp.Answer> answers = RawHttp.exchange(port(), RawHttp.join(headLines(method, path, headers, body),
                body.getBytes(StandardCharsets.UTF_8)));
        assertThat(answers).hasSize(1);
        return answers.get(0);
    }

    private static List<String> headLines(String method, String path, List<String> headers, String body) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(method + " " + path + " HTTP/1.1");
        lines.addAll(headers);
        lines.add("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length);
        return lines;
    }

    private RawHttp.Answer createSecret(String host, String name) {
        return send("POST", "/", List.of("Host: " + host, "X-Amz-Target: secretsmanager.CreateSecret",
                "Content-Type: application/x-amz-json-1.1"), "{\"Name\":\"" + name + "\",\"ClientRequestToken\":\""
                + UUID.randomUUID() + "\",\"SecretString\":\"v\"}");
    }

    private static JsonNode json(RawHttp.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + answer.text(), e);
        }
    }

    private static void assertRefused(RawHttp.Answer answer, int status, String message) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(json(answer).path("__type").asText()).isNotBlank().isEqualTo(answer.header("x-amzn-ErrorType"));
        String text = json(answer).has("Message") ? json(answer).path("Message").asText() : json(answer).path("message").asText();
        assertThat(text).contains(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example.com", "evil.example.com:4566", "EVIL.example.com.", "rotor.attacker.net:80",
            "127.0.0.1.nip.io:4566", "localhost.attacker.net"})
    void a_host_a_browser_could_be_dns_rebound_to_is_refused_with_403_and_nothing_is_done(String host) {
        String name = emulator.uniqueName("rebound");
        long before = emulator.lastSequence();

        RawHttp.Answer created = createSecret(host, name);
        RawHttp.Answer health = send("GET", "/_rotor/health", List.of("Host: " + host), "");

        assertRefused(created, 403, "does not answer to this Host");
        assertThat(created.header("Content-Type")).startsWith("application/x-amz-json-1.1");
        assertRefused(health, 403, "--allowed-hosts");
        assertThat(emulator.lastSequence()).isEqualTo(before);
        assertThat(created.text()).doesNotContain("evil", "attacker", "nip.io");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.1:4566", "[::1]:4566", "10.1.2.3:80", "localhost", "LocalHost:4566",
            "api.localhost", "localhost.", "rotor", "rotor-emulator:4566", "host.docker.internal:4566",
            "host.containers.internal"})
    void ip_literals_localhost_dotless_container_names_and_the_container_host_aliases_are_served(String host) {
        RawHttp.Answer created = createSecret(host, emulator.uniqueName("served"));

        assertThat(created.status()).as(created.text()).isEqualTo(200);
        assertThat(send("GET", "/_rotor/health", List.of("Host: " + host), "").status()).isEqualTo(200);
    }

    @Test
    void names_given_with_allowed_hosts_are_served_exactly_or_by_subdomain_wildcard() {
        try (WireEmulator own = WireEmulator.start(EmulatorConfig.defaults()
                .withAllowedHosts(List.of("secrets.example.com", "*.corp.example")))) {
            int port = own.endpoint().getPort();
            for (String host : List.of("secrets.example.com", "SECRETS.example.com:443", "db.corp.example",
                    "a.b.corp.example:4566")) {
                assertThat(health(port, "Host: " + host).status()).as(host).isEqualTo(200);
            }
            for (String host : List.of("other.example.com", "corp.example.evil.com", "xsecrets.example.com")) {
                assertThat(health(port, "Host: " + host).status()).as(host).isEqualTo(403);
            }
            assertThat(health(port, "Host: 127.0.0.1", "Origin: https://app.corp.example",
                    "Sec-Fetch-Site: cross-site").status()).isEqualTo(200);
        }
    }

    private static RawHttp.Answer health(int port, String... headers) {
        List<String> lines = new java.util.ArrayList<>(List.of("GET /_rotor/health HTTP/1.1"));
        lines.addAll(List.of(headers));
        return RawHttp.exchange(port, RawHttp.join(lines, new byte[0])).get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Origin: https://evil.example.com", "Origin: null", "Origin: http://192.168.1.20:8080",
            "Sec-Fetch-Site: cross-site", "Origin: http://localhost:3000|Sec-Fetch-Site: cross-site"})
    void a_cross_site_browser_request_is_refused_with_403_and_changes_nothing(String browserHeaders) {
        String name = emulator.uniqueName("csrf");
        emulator.client().createSecret(b -> b.name(name).secretString("kept"));
        long before = emulator.lastSequence();
        List<String> headers = new java.util.ArrayList<>(List.of("Host: 127.0.0.1:" + port(),
                "Content-Type: application/json"));
        headers.addAll(List.of(browserHeaders.split("\\|")));

        RawHttp.Answer reset = send("POST", "/_rotor/reset", headers, "{}");
        RawHttp.Answer clock = send("POST", "/_rotor/clock", headers, "{\"advance\":\"P30D\"}");

        assertRefused(reset, 403, "cross-site");
        assertRefused(clock, 403, "cross-site");
        assertThat(emulator.lastSequence()).isEqualTo(before);
        assertThat(emulator.client().getSecretValue(b -> b.secretId(name)).secretString()).isEqualTo("kept");
        assertThat(emulator.get("/_rotor/clock").json().path("offset").asText()).isEqualTo("PT0S");
    }

    @Test
    void a_same_site_request_from_a_loopback_origin_is_served() {
        RawHttp.Answer answer = send("GET", "/_rotor/health", List.of("Host: localhost:" + port(),
                "Origin: http://localhost:3000", "Sec-Fetch-Site: same-site"), "");

        assertThat(answer.status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""})
    void a_control_plane_post_without_a_json_content_type_is_refused_with_415_and_changes_nothing(String type) {
        String name = emulator.uniqueName("form");
        emulator.client().createSecret(b -> b.name(name).secretString("kept"));
        long before = emulator.lastSequence();
        List<String> headers = new java.util.ArrayList<>(List.of("Host: 127.0.0.1:" + port()));
        if (!type.isEmpty()) {
            headers.add("Content-Type: " + type);
        }

        RawHttp.Answer reset = send("POST", "/_rotor/reset", headers, "{}");
        RawHttp.Answer functions = send("POST", "/_rotor/functions", headers, "{\"name\":\"f\",\"code\":\"/bin\"}");
        RawHttp.Answer clock = send("POST", "/_rotor/clock", headers, "{\"advance\":\"P30D\"}");

        for (RawHttp.Answer answer : List.of(reset, functions, clock)) {
            assertRefused(answer, 415, "Content-Type: application/json");
        }
        assertThat(emulator.lastSequence()).isEqualTo(before);
        assertThat(emulator.client().getSecretValue(b -> b.secretId(name)).secretString()).isEqualTo("kept");
        assertThat(emulator.get("/_rotor/functions").json().path("functions")).isEmpty();
        assertThat(emulator.get("/_rotor/clock").json().path("offset").asText()).isEqualTo("PT0S");
    }

    @Test
    void a_control_plane_post_with_a_json_content_type_is_served() {
        RawHttp.Answer clock = send("POST", "/_rotor/clock", List.of("Host: 127.0.0.1:" + port(),
                "Content-Type: application/json; charset=utf-8"), "{\"advance\":\"PT0S\"}");

        assertThat(clock.status()).as(clock.text()).isEqualTo(200);
    }
}
