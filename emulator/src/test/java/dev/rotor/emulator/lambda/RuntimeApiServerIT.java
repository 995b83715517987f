package dev.rotor.emulator.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.wire.RawHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Runtime API of one function process over real HTTP: it serves its function and no web page. */
class RuntimeApiServerIT {
    private static final String NEXT = RuntimeApiServer.PREFIX + "invocation/next";

    private final ObjectMapper json = new ObjectMapper();
    private final RuntimeApiServer api = newServer();
    private final int port = Integer.parseInt(api.address().substring(api.address().indexOf(':') + 1));

    private RuntimeApiServer newServer() {
        try {
            return new RuntimeApiServer("exposure", new ObjectMapper());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void close() {
        api.close();
    }

    private PendingInvocation submitted(String event) {
        PendingInvocation invocation = new PendingInvocation("req-1", "arn:aws:lambda:us-east-1:000000000000:function:f",
                event, Duration.ofSeconds(30));
        api.submit(invocation);
        return invocation;
    }

    private RawHttp.Answer send(String method, String path, String host, List<String> headers, String body) {
        List<String> lines = new ArrayList<>();
        lines.add(method + " " + path + " HTTP/1.1");
        lines.add("Host: " + host);
        lines.addAll(headers);
        lines.add("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length);
        List<RawHttp.Answer> answers = RawHttp.exchange(port, RawHttp.join(lines, body.getBytes(StandardCharsets.UTF_8)));
        assertThat(answers).hasSize(1);
        return answers.get(0);
    }

    private void assertRefused(RawHttp.Answer answer) throws Exception {
        assertThat(answer.status()).isEqualTo(403);
        assertThat(json.readTree(answer.body()).path("errorType").asText()).isEqualTo("AccessDeniedException");
    }

    @Test
    void hands_the_event_to_its_function_at_the_loopback_address() {
        PendingInvocation invocation = submitted("{\"n\":1}");

        RawHttp.Answer answer = send("GET", NEXT, api.address(), List.of(), "");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("{\"n\":1}");
        assertThat(invocation.dispatched()).isTrue();
    }

    @Test
    void refuses_a_host_name_as_dns_rebinding_would_send_it() throws Exception {
        PendingInvocation invocation = submitted("{}");

        assertRefused(send("GET", NEXT, "rebind.example.com:" + port, List.of(), ""));

        assertThat(invocation.dispatched()).as("the event stays with the function").isFalse();
    }

    @Test
    void refuses_a_cross_site_browser_request_to_answer_an_invocation() throws Exception {
        PendingInvocation invocation = submitted("{}");
        assertThat(send("GET", NEXT, api.address(), List.of(), "").status()).isEqualTo(200);
        String response = RuntimeApiServer.PREFIX + "invocation/req-1/response";

        assertRefused(send("POST", response, api.address(), List.of("Origin: https://evil.example"), "\"forged\""));
        assertRefused(send("POST", response, api.address(),
                List.of("Origin: http://localhost:3000", "Sec-Fetch-Site: cross-site"), "\"forged\""));
        assertThat(send("POST", response, api.address(), List.of(), "\"real\"").status()).isEqualTo(202);

        assertThat(invocation.await(Duration.ZERO)).isEqualTo(InvocationOutcome.succeeded("\"real\""));
    }
}
