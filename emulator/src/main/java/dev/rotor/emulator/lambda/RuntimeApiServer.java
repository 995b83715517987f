package dev.rotor.emulator.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rotor.emulator.exposure.AllowedHosts;
import dev.rotor.emulator.exposure.ExposureRules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Lambda Runtime API for one function process, on 127.0.0.1 and a free port: {@code invocation/next} (long poll),
 * {@code invocation/{id}/response}, {@code invocation/{id}/error} and {@code init/error}. It applies the emulator's
 * exposure rules with the built-in allow-list (its clients reach it at 127.0.0.1), so a web page cannot answer an
 * invocation through DNS rebinding or a cross-site request.
 */
final class RuntimeApiServer implements AutoCloseable {

    static final String PREFIX = "/2018-06-01/runtime/";
    /** Lambda's limit for a synchronous response payload. */
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024;
    private static final int MAX_ERROR_BYTES = 1024 * 1024;
    private static final ExposureRules EXPOSURE = new ExposureRules(new AllowedHosts(List.of()));

    private final ObjectMapper json;
    private final HttpServer server;
    private final ExecutorService executor;
    private final BlockingQueue<PendingInvocation> queue = new LinkedBlockingQueue<>();
    private volatile PendingInvocation inFlight;
    private volatile FunctionError initError;

    RuntimeApiServer(String functionName, ObjectMapper json) throws IOException {
        this.json = json;
        // The JDK server reads this once, when its first instance is made; without it every warm invoke waits ~40 ms
        // for delayed ACKs (measured). Set here in case nobody set it on the command line.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "rotor-runtime-api-" + functionName + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(executor);
        server.createContext(PREFIX, this::handle);
        server.start();
    }

    /** {@code 127.0.0.1:<port>}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    void submit(PendingInvocation invocation) {
        queue.add(invocation);
    }

    /** The init error the runtime reported, if any. */
    FunctionError initError() {
        return initError;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = exchange.getRequestHeaders();
            var refusal = EXPOSURE.check(headers.getFirst("Host"), headers.getFirst("Origin"),
                    headers.getFirst("Sec-Fetch-Site"));
            if (refusal.isPresent()) {
                sendError(exchange, refusal.get().status(), refusal.get().type(), refusal.get().message());
                return;
            }
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("invocation/next")) {
                next(exchange);
            } else if (method.equals("POST") && path.equals("init/error")) {
                FunctionError error = readError(exchange, "Runtime.Unknown");
                initError = error;
                PendingInvocation current = inFlight != null ? inFlight : queue.peek();
                if (current != null) {
                    current.answer(new InvocationOutcome.Failed(FailureKind.INIT_FAILED, error));
                }
                send(exchange, 202, "{\"status\":\"OK\"}");
            } else if (method.equals("POST") && path.startsWith("invocation/")) {
                answer(exchange, path.substring("invocation/".length()));
            } else {
                sendError(exchange, 404, "InvalidRequest", "Unknown Runtime API path");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void next(HttpExchange exchange) throws IOException, InterruptedException {
        PendingInvocation invocation = queue.take();
        inFlight = invocation;
        long deadline = invocation.dispatch();
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId);
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(deadline));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", invocation.functionArn);
        headers.set("Lambda-Runtime-Trace-Id", traceId());
        send(exchange, 200, invocation.event);
    }

    private void answer(HttpExchange exchange, String rest) throws IOException {
        int slash = rest.indexOf('/');
        String id = slash < 0 ? rest : rest.substring(0, slash);
        String kind = slash < 0 ? "" : rest.substring(slash + 1);
        PendingInvocation current = inFlight;
        if (current == null || !current.requestId.equals(id) || !(kind.equals("response") || kind.equals("error"))) {
            sendError(exchange, 400, "InvalidRequestID", "Unknown request id or path");
            return;
        }
        inFlight = null;
        if (kind.equals("response")) {
            byte[] body = readLimited(exchange.getRequestBody(), MAX_RESPONSE_BYTES + 1);
            if (body.length > MAX_RESPONSE_BYTES) {
                current.answer(InvocationOutcome.lambdaError(FailureKind.FUNCTION_ERROR, "Function.ResponseSizeTooLarge",
                        "Response payload size exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES
                        + " bytes)."));
                sendError(exchange, 413, "RequestEntityTooLarge", "Payload too large");
                return;
            }
            current.answer(InvocationOutcome.succeeded(new String(body, StandardCharsets.UTF_8)));
        } else {
            FunctionError error = readError(exchange, "Runtime.Unknown");
            current.answer(new InvocationOutcome.Failed(FailureKind.FUNCTION_ERROR, error));
        }
        send(exchange, 202, "{\"status\":\"OK\"}");
    }

    private FunctionError readError(HttpExchange exchange, String defaultType) throws IOException {
        String functionErrorType = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
        if (functionErrorType == null || functionErrorType.isBlank()) {
            functionErrorType = defaultType;
        }
        byte[] body = readLimited(exchange.getRequestBody(), MAX_ERROR_BYTES);
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

    private static byte[] readLimited(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit);
        in.transferTo(OutputStream.nullOutputStream());
        return bytes;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** An error in the Runtime API's own shape, {@code {"errorMessage", "errorType"}}. */
    private void sendError(HttpExchange exchange, int status, String type, String message) throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("errorMessage", message);
        body.put("errorType", type);
        send(exchange, status, json.writeValueAsString(body));
    }

    private static String traceId() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-" + hex.substring(0, 24)
                + ";Parent=" + hex.substring(16) + ";Sampled=0";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
