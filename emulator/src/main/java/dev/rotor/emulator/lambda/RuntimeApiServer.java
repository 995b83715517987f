package dev.rotor.emulator.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.exposure.AllowedHosts;
import dev.rotor.emulator.exposure.ExposureRules;
import dev.rotor.emulator.lambda.RuntimeHttpServer.Request;
import dev.rotor.emulator.lambda.RuntimeHttpServer.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The Lambda Runtime API for one function process, on 127.0.0.1 and a free port: {@code invocation/next} (long poll),
 * {@code invocation/{id}/response}, {@code invocation/{id}/error} and {@code init/error}. Response headers are spelled
 * as Lambda spells them ({@link RuntimeHttpServer} keeps their case). It applies the emulator's exposure rules with
 * the built-in allow-list (its clients reach it at 127.0.0.1), so a web page cannot answer an invocation through DNS
 * rebinding or a cross-site request.
 */
final class RuntimeApiServer implements AutoCloseable {

    static final String PREFIX = "/2018-06-01/runtime/";
    /** Lambda's limit for a synchronous response payload. */
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024;
    private static final int MAX_ERROR_BYTES = 1024 * 1024;
    private static final Response ACCEPTED = Response.json(202, "{\"status\":\"OK\"}");
    private static final ExposureRules EXPOSURE = new ExposureRules(new AllowedHosts(List.of()));

    private final ObjectMapper json;
    private final RuntimeHttpServer server;
    private final BlockingQueue<PendingInvocation> queue = new LinkedBlockingQueue<>();
    private volatile PendingInvocation inFlight;
    private volatile FunctionError initError;

    RuntimeApiServer(String functionName, ObjectMapper json) throws IOException {
        this.json = json;
        this.server = new RuntimeHttpServer("rotor-runtime-api-" + functionName, MAX_RESPONSE_BYTES, this::handle);
    }

    /** {@code 127.0.0.1:<port>}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return "127.0.0.1:" + server.port();
    }

    void submit(PendingInvocation invocation) {
        queue.add(invocation);
    }

    /** The init error the runtime reported, if any. */
    FunctionError initError() {
        return initError;
    }

    private Response handle(Request request) throws InterruptedException {
        var refusal = EXPOSURE.check(request.header("Host"), request.header("Origin"),
                request.header("Sec-Fetch-Site"));
        if (refusal.isPresent()) {
            return error(refusal.get().status(), refusal.get().type(), refusal.get().message());
        }
        if (!request.path().startsWith(PREFIX)) {
            return unknownPath();
        }
        String path = request.path().substring(PREFIX.length());
        String method = request.method();
        if (method.equals("GET") && path.equals("invocation/next")) {
            return next();
        } else if (method.equals("POST") && path.equals("init/error")) {
            FunctionError error = readError(request);
            initError = error;
            PendingInvocation current = inFlight != null ? inFlight : queue.peek();
            if (current != null) {
                current.answer(new InvocationOutcome.Failed(FailureKind.INIT_FAILED, error));
            }
            return ACCEPTED;
        } else if (method.equals("POST") && path.startsWith("invocation/")) {
            return answer(request, path.substring("invocation/".length()));
        }
        return unknownPath();
    }

    private Response unknownPath() {
        return error(404, "InvalidRequest", "Unknown Runtime API path");
    }

    /** An error in the Runtime API's own shape, {@code {"errorMessage", "errorType"}}. */
    private Response error(int status, String type, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("errorMessage", message);
        body.put("errorType", type);
        try {
            return Response.json(status, json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a map of strings as JSON", e);
        }
    }

    private Response next() throws InterruptedException {
        PendingInvocation invocation = queue.take();
        inFlight = invocation;
        long deadline = invocation.dispatch();
        return new Response(200, List.of(
                Map.entry("Content-Type", "application/json"),
                Map.entry("Lambda-Runtime-Aws-Request-Id", invocation.requestId),
                Map.entry("Lambda-Runtime-Deadline-Ms", Long.toString(deadline)),
                Map.entry("Lambda-Runtime-Invoked-Function-Arn", invocation.functionArn),
                Map.entry("Lambda-Runtime-Trace-Id", traceId())),
                invocation.event.getBytes(StandardCharsets.UTF_8));
    }

    private Response answer(Request request, String rest) {
        int slash = rest.indexOf('/');
        String id = slash < 0 ? rest : rest.substring(0, slash);
        String kind = slash < 0 ? "" : rest.substring(slash + 1);
        PendingInvocation current = inFlight;
        if (current == null || !current.requestId.equals(id) || !(kind.equals("response") || kind.equals("error"))) {
            return error(400, "InvalidRequestID", "Unknown request id or path");
        }
        inFlight = null;
        if (kind.equals("error")) {
            current.answer(new InvocationOutcome.Failed(FailureKind.FUNCTION_ERROR, readError(request)));
            return ACCEPTED;
        }
        if (request.bodyTooLarge()) {
            current.answer(InvocationOutcome.lambdaError(FailureKind.FUNCTION_ERROR, "Function.ResponseSizeTooLarge",
                    "Response payload size exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES
                    + " bytes)."));
            return error(413, "RequestEntityTooLarge", "Payload too large");
        }
        current.answer(InvocationOutcome.succeeded(new String(request.body(), StandardCharsets.UTF_8)));
        return ACCEPTED;
    }

    private FunctionError readError(Request request) {
        String functionErrorType = request.header("Lambda-Runtime-Function-Error-Type");
        if (functionErrorType == null || functionErrorType.isBlank()) {
            functionErrorType = "Runtime.Unknown";
        }
        byte[] body = request.body().length > MAX_ERROR_BYTES ? Arrays.copyOf(request.body(), MAX_ERROR_BYTES)
                : request.body();
        String errorType = null;
        String errorMessage = null;
        List<String> stackTrace = new ArrayList<>();
        try {
            JsonNode node = json.readTree(body);
            if (node != null && node.isObject()) {
                errorType = text(node.get("errorType"));
                errorMessage = text(node.get("errorMessage"));
                JsonNode trace = node.get("stackTrace");
                if (trace != null && trace.isArray()) {
                    trace.forEach(line -> stackTrace.add(line.asText()));
                }
            } else {
                errorMessage = new String(body, StandardCharsets.UTF_8);
            }
        } catch (IOException notJson) {
            errorMessage = new String(body, StandardCharsets.UTF_8);
        }
        return new FunctionError(errorType, errorMessage, stackTrace, functionErrorType);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String traceId() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-" + hex.substring(0, 24)
                + ";Parent=" + hex.substring(16) + ";Sampled=0";
    }

    @Override
    public void close() {
        server.close();
    }
}
