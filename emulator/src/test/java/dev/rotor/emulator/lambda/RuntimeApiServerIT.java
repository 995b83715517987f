package dev.rotor.emulator.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Runtime API on the wire, through a raw socket: header names spelled exactly as Lambda spells them (custom
 * runtimes compare them byte for byte), the HTTP forms runtimes use (persistent connections, Content-Length, chunked
 * bodies, {@code Expect: 100-continue}), and no web page served (DNS rebinding, cross-site requests).
 */
class RuntimeApiServerIT {
    private static final String EVENT = "{\"Step\":\"createSecret\"}";

    private RuntimeApiServer api;
    private PendingInvocation invocation;

    @BeforeEach
    void start() throws IOException {
        api = new RuntimeApiServer("wire", new ObjectMapper());
        invocation = new PendingInvocation("8f3e4f5a-1111-2222-3333-444444444444",
                "arn:aws:lambda:eu-west-1:123456789012:function:wire", EVENT, Duration.ofSeconds(30));
        api.submit(invocation);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Socket connect() throws IOException {
        String[] hostAndPort = api.address().split(":");
        return new Socket(hostAndPort[0], Integer.parseInt(hostAndPort[1]));
    }

    @Test
    void spells_the_next_invocations_headers_exactly_as_lambda_does() throws Exception {
        try (Socket socket = connect()) {
            String response = takeTheEvent(socket);

            assertThat(response).startsWith("HTTP/1.1 200 OK\r\n")
                    .contains("\r\nContent-Type: application/json\r\n")
                    .contains("\r\nLambda-Runtime-Aws-Request-Id: 8f3e4f5a-1111-2222-3333-444444444444\r\n")
                    .containsPattern("\r\nLambda-Runtime-Deadline-Ms: \\d{13}\r\n")
                    .contains("\r\nLambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:eu-west-1:123456789012:function:wire\r\n")
                    .containsPattern("\r\nLambda-Runtime-Trace-Id: Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0\r\n")
                    .endsWith("\r\n\r\n" + EVENT);
        }
    }

    @Test
    void takes_the_response_on_the_same_connection_with_a_content_length() throws Exception {
        try (Socket socket = connect()) {
            takeTheEvent(socket);
            send(socket, "POST /2018-06-01/runtime/invocation/" + invocation.requestId + "/response HTTP/1.1\r\n"
                    + "Host: x\r\nContent-Length: 4\r\n\r\n\"ok\"");

            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 202 Accepted\r\n");
            assertThat(invocation.await(Duration.ZERO)).isEqualTo(InvocationOutcome.succeeded("\"ok\""));
        }
    }

    @Test
    void takes_a_chunked_error_after_answering_expect_continue() throws Exception {
        try (Socket socket = connect()) {
            takeTheEvent(socket);
            send(socket, "POST /2018-06-01/runtime/invocation/" + invocation.requestId + "/error HTTP/1.1\r\n"
                    + "Host: x\r\nLambda-Runtime-Function-Error-Type: Unhandled\r\nTransfer-Encoding: chunked\r\n"
                    + "Expect: 100-continue\r\n\r\n");
            assertThat(readHead(socket.getInputStream())).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
            send(socket, "1d\r\n{\"errorMessage\":\"no\",\"errorTy\r\nf\r\npe\":\"KeyError\"}\r\n0\r\n\r\n");

            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 202 Accepted\r\n");
            InvocationOutcome outcome = invocation.await(Duration.ZERO);
            assertThat(outcome).isInstanceOf(InvocationOutcome.Failed.class);
            FunctionError error = ((InvocationOutcome.Failed) outcome).error();
            assertThat(error.errorType()).isEqualTo("KeyError");
            assertThat(error.errorMessage()).isEqualTo("no");
            assertThat(error.functionErrorType()).isEqualTo("Unhandled");
        }
    }

    @Test
    void takes_an_error_whose_x_ray_cause_header_is_longer_than_any_header_it_reads() throws Exception {
        String cause = "{\"exceptions\":[{\"message\":\"" + "y".repeat(300_000) + "\"}]}";
        String body = "{\"errorMessage\":\"it broke\",\"errorType\":\"RotationBroke\"}";
        try (Socket socket = connect()) {
            takeTheEvent(socket);
            send(socket, "POST /2018-06-01/runtime/invocation/" + invocation.requestId + "/error HTTP/1.1\r\n"
                    + "Host: x\r\nLambda-Runtime-Function-XRay-Error-Cause: " + cause + "\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body);

            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 202 Accepted\r\n");
            InvocationOutcome outcome = invocation.await(Duration.ZERO);
            assertThat(outcome).isInstanceOf(InvocationOutcome.Failed.class);
            assertThat(((InvocationOutcome.Failed) outcome).error().errorMessage()).isEqualTo("it broke");
        }
    }

    @Test
    void answers_an_unknown_path_and_a_malformed_request_with_json_errors() throws Exception {
        try (Socket socket = connect()) {
            send(socket, "GET /2018-06-01/runtime/elsewhere HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 404 Not Found\r\n")
                    .contains("\"errorType\":\"InvalidRequest\"");
        }
        try (Socket socket = connect()) {
            send(socket, "NONSENSE\r\n\r\n");
            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 400 Bad Request\r\n")
                    .contains("Connection: close").doesNotContain("NONSENSE");
        }
    }

    @Test
    void refuses_a_host_name_as_dns_rebinding_would_send_it() throws Exception {
        try (Socket socket = connect()) {
            send(socket, "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: rebind.example.com\r\n\r\n");

            assertRefused(readResponse(socket.getInputStream()));
        }
        assertThat(invocation.dispatched()).as("the event stays with the function").isFalse();
    }

    @Test
    void refuses_a_cross_site_browser_request_to_answer_an_invocation() throws Exception {
        try (Socket socket = connect()) {
            takeTheEvent(socket);
            String post = "POST /2018-06-01/runtime/invocation/" + invocation.requestId + "/response HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nContent-Length: 8\r\n";

            send(socket, post + "Origin: https://evil.example\r\n\r\n\"forged\"");
            assertRefused(readResponse(socket.getInputStream()));
            send(socket, post + "Origin: http://localhost:3000\r\nSec-Fetch-Site: cross-site\r\n\r\n\"forged\"");
            assertRefused(readResponse(socket.getInputStream()));
            send(socket, post + "\r\n\"real:)\"");
            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 202 Accepted\r\n");
        }
        assertThat(invocation.await(Duration.ZERO)).isEqualTo(InvocationOutcome.succeeded("\"real:)\""));
    }

    private static void assertRefused(String response) {
        assertThat(response).startsWith("HTTP/1.1 403 Forbidden\r\n").contains("\"errorType\":\"AccessDeniedException\"");
    }

    private static String takeTheEvent(Socket socket) throws IOException {
        send(socket, "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n");
        return readResponse(socket.getInputStream());
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Status line and headers, through the blank line. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.UTF_8).endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.write(c);
        }
        return head.toString(StandardCharsets.UTF_8);
    }

    /** A whole response: its head, then as many body bytes as its Content-Length says. */
    private static String readResponse(InputStream in) throws IOException {
        String head = readHead(in);
        int length = 0;
        for (String line : head.split("\r\n")) {
            if (line.startsWith("Content-Length: ")) {
                length = Integer.parseInt(line.substring("Content-Length: ".length()));
            }
        }
        return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
