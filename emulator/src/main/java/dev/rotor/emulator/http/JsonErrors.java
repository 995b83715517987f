package dev.rotor.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rotor's errors outside the AWS operations, in the AWS JSON 1.1 error shape that SDKs and {@code jq} both read:
 * {@code {"__type": type, "message": text}}, the type also in {@code x-amzn-ErrorType}. On the API path ({@code POST /})
 * the content type is {@code application/x-amz-json-1.1} and the member {@code Message}, as AWS answers there.
 */
final class JsonErrors {
    static final String AWS_JSON = "application/x-amz-json-1.1";
    static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonErrors() {
    }

    static void send(Context ctx, int status, String type, String message) {
        boolean api = isApiPath(ctx.path());
        ctx.status(status).contentType(api ? AWS_JSON : JSON).header("x-amzn-ErrorType", type)
                .result(body(type, message, api));
    }

    /** The body: {@code Message} on the API path (AWS's own spelling there), {@code message} elsewhere. */
    static byte[] body(String type, String message, boolean api) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("__type", type);
        body.put(api ? "Message" : "message", message);
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            return ("{\"__type\":\"InternalServiceError\",\"message\":\"error\"}").getBytes(StandardCharsets.UTF_8);
        }
    }

    static boolean isApiPath(String path) {
        return path == null || path.equals("/") || path.isEmpty();
    }
}
