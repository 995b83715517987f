package dev.rotor.emulator.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.rotation.FunctionCallFaults;
import dev.rotor.emulator.secrets.SecretsException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The AWS JSON 1.1 endpoint: {@code POST /} dispatched on {@code X-Amz-Target: secretsmanager.<Operation>}. Every
 * failure answers as AWS does ({@code __type} and {@code Message}, the same code in {@code x-amzn-ErrorType}); no
 * input produces a stack trace on the wire. A rotation function's own calls may be answered by an armed API fault
 * ({@link FunctionCallFaults}) before they are dispatched.
 */
public final class AwsJsonApi {
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final String TARGET_PREFIX = "secretsmanager.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final Logger LOG = LoggerFactory.getLogger(AwsJsonApi.class);

    private final Map<String, Operation<?>> operations;
    private final ObjectMapper json;
    private final FunctionCallFaults callFaults;

    public AwsJsonApi(List<Operation<?>> operations, ObjectMapper json, FunctionCallFaults callFaults) {
        this.operations = operations.stream().collect(Collectors.toUnmodifiableMap(Operation::name, Function.identity()));
        this.json = json;
        this.callFaults = callFaults;
    }

    public void addTo(RoutesConfig routes) {
        routes.post("/", this::handle);
    }

    /** The operation names this endpoint answers. */
    public java.util.Set<String> operationNames() {
        return operations.keySet();
    }

    /** An armed API fault's answer to a function's own call, or {@code null}; nothing is parsed while none is open. */
    private FunctionCallFaults.Answer injectedAnswer(Context ctx, Operation<?> operation) {
        if (callFaults.isEmpty()) {
            return null;
        }
        return callFaults.answer(CallerKey.accessKeyId(ctx.header("Authorization")), operation.name()).orElse(null);
    }

    void handle(Context ctx) {
        ctx.header("x-amzn-RequestId", requestId());
        try {
            Operation<?> operation = resolve(ctx.header("X-Amz-Target"));
            FunctionCallFaults.Answer injected = injectedAnswer(ctx, operation);
            if (injected instanceof FunctionCallFaults.Answer.Fail failure) {
                fail(ctx, failure.type(), failure.httpStatus(), failure.message());
                return;
            }
            if (injected instanceof FunctionCallFaults.Answer.Delay delay) {
                Thread.sleep(delay.delay().toMillis());
            }
            byte[] body = ctx.bodyAsBytes();
            if (body.length > MAX_BODY_BYTES) { // chunked: a declared length over the limit never gets here
                throw tooLarge();
            }
            Object response = invoke(operation, body);
            ctx.status(200).contentType(CONTENT_TYPE).result(json.writeValueAsBytes(response));
        } catch (SecretsException e) {
            fail(ctx, e.code().type(), ErrorStatus.of(e.code()), e.getMessage());
        } catch (TransportException e) {
            fail(ctx, e.error(), e.getMessage());
        } catch (JsonProcessingException e) {
            fail(ctx, TransportError.SERIALIZATION, SerializationMessages.of(e));
        } catch (java.io.IOException e) {
            fail(ctx, TransportError.SERIALIZATION, "The request body could not be read in full.");
        } catch (io.javalin.http.HttpResponseException e) {
            if (e.getStatus() == 413) {
                fail(ctx, TransportError.REQUEST_TOO_LARGE, tooLarge().getMessage());
            } else {
                fail(ctx, TransportError.SERIALIZATION, "The request body could not be read in full.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(ctx, TransportError.INTERNAL, "An internal error occurred. Try again later.");
        } catch (RuntimeException e) {
            LOG.error("internal error handling {}", ctx.header("X-Amz-Target"), e);
            fail(ctx, TransportError.INTERNAL, "An internal error occurred. Try again later.");
        }
    }

    /**
     * A random version-4 UUID, as AWS's request ids are. From ThreadLocalRandom, not UUID.randomUUID(): a request id
     * is no secret, and SecureRandom's locking and hashing cost more than a cached GetSecretValue.
     */
    static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & 0xFFFFFFFFFFFF0FFFL | 0x0000000000004000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private Operation<?> resolve(String target) {
        if (target == null || target.isBlank()) {
            throw TransportError.UNKNOWN_OPERATION.with(
                    "Missing X-Amz-Target header: expected secretsmanager.<Operation>.");
        }
        Operation<?> operation = target.startsWith(TARGET_PREFIX)
                ? operations.get(target.substring(TARGET_PREFIX.length())) : null;
        if (operation == null) {
            throw TransportError.UNKNOWN_OPERATION.with("The X-Amz-Target header names no Secrets Manager"
                    + " operation: send secretsmanager.<Operation>, for example secretsmanager.ListSecrets.");
        }
        return operation;
    }

    private <R> Object invoke(Operation<R> operation, byte[] body) throws java.io.IOException {
        R request = body.length == 0 || isBlank(body)
                ? json.readValue("{}", operation.requestType())
                : readObject(body, operation.requestType());
        return operation.handle(request);
    }

    /** Binds the body straight into the request record (no tree in between); it must be one JSON object. */
    private <R> R readObject(byte[] body, Class<R> type) throws java.io.IOException {
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw TransportError.SERIALIZATION.with("The request body must be a JSON object.");
            }
            return json.readValue(parser, type);
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private static TransportException tooLarge() {
        return TransportError.REQUEST_TOO_LARGE.with("The request body is larger than " + MAX_BODY_BYTES + " bytes.");
    }

    private void fail(Context ctx, TransportError error, String message) {
        fail(ctx, error.type(), error.httpStatus(), message);
    }

    private void fail(Context ctx, String type, int status, String message) {
        try {
            ctx.status(status).contentType(CONTENT_TYPE).header("x-amzn-ErrorType", type)
                    .result(json.writeValueAsBytes(new AwsErrorBody(type, message)));
        } catch (JsonProcessingException e) {
            ctx.status(500).result("{\"__type\":\"InternalServiceError\",\"Message\":\"error\"}");
        }
    }
}
