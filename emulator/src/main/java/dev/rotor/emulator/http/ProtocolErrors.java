package dev.rotor.emulator.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * Jetty's answer to requests it cannot hand to a route (a malformed request line, header or length, headers too
 * large, a request arriving while the emulator stops), in Rotor's JSON error shape instead of Jetty's HTML page. Jetty's reason is not repeated: it can quote the
 * offending bytes.
 */
final class ProtocolErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JsonErrors.JSON);
        response.getHeaders().put("x-amzn-ErrorType", type(code));
        response.write(true, ByteBuffer.wrap(JsonErrors.body(type(code), describe(code), false)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JsonErrors.JSON);
        fields.put("x-amzn-ErrorType", type(status));
        return ByteBuffer.wrap(JsonErrors.body(type(status), describe(status), false));
    }

    static String type(int status) {
        return switch (status) {
            case 400 -> "BadRequestException";
            case 404 -> "NotFoundException";
            case 405 -> "MethodNotAllowedException";
            case 408 -> "RequestTimeoutException";
            case 413 -> "RequestEntityTooLargeException";
            case 414 -> "RequestUriTooLongException";
            case 431 -> "RequestHeaderFieldsTooLargeException";
            case 503 -> "ServiceUnavailableException";
            case 505 -> "HttpVersionNotSupportedException";
            default -> status >= 500 ? "InternalServiceError" : "BadRequestException";
        };
    }

    private static String describe(int status) {
        return switch (status) {
            case 408 -> "The request did not arrive in time.";
            case 413 -> "The request body is larger than the emulator accepts.";
            case 414 -> "The request line is too long.";
            case 431 -> "The request headers are too large.";
            case 503 -> "The emulator is stopping: it finishes the requests it has and takes no new ones.";
            case 505 -> "Rotor speaks HTTP/1.0 and HTTP/1.1 only.";
            default -> status >= 500 ? "An internal error occurred. Try again later."
                    : "The HTTP request is malformed: check the request line, the headers and the body's length"
                    + " or chunking.";
        };
    }
}
