package dev.rotor.emulator.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.emulator.lambda.FunctionDefinition;
import dev.rotor.emulator.lambda.FunctionError;
import dev.rotor.emulator.lambda.FunctionHost;
import dev.rotor.emulator.lambda.FunctionRegistry;
import dev.rotor.emulator.lambda.FunctionSpec;
import dev.rotor.emulator.lambda.Invocation;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.function.Supplier;

/**
 * Control plane for functions: {@code GET /_rotor/functions}, {@code POST /_rotor/functions} (register or replace,
 * from a JSON {@link FunctionSpec}), {@code DELETE /_rotor/functions/{name}}, and
 * {@code GET /_rotor/functions/{name}/invocations} (recent invocations with outcome, duration, logs and error).
 */
public final class FunctionsRoutes {

    private final FunctionRegistry registry;
    private final Supplier<FunctionHost> host;
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** {@code host} is asked for per request: the emulator starts its host once its endpoint is known. */
    public FunctionsRoutes(FunctionRegistry registry, Supplier<FunctionHost> host) {
        this.registry = registry;
        this.host = host;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/_rotor/functions", this::list);
        routes.post("/_rotor/functions", this::register);
        routes.delete("/_rotor/functions/{name}", this::remove);
        routes.get("/_rotor/functions/{name}/invocations", this::invocations);
    }

    private void list(Context ctx) {
        ArrayNode functions = json.createArrayNode();
        registry.list().forEach(function -> functions.add(view(function)));
        send(ctx, 200, json.createObjectNode().set("functions", functions));
    }

    private void register(Context ctx) {
        FunctionDefinition function;
        try {
            FunctionSpec spec = json.readValue(ctx.body(), FunctionSpec.class);
            if (spec == null) {
                throw new IllegalArgumentException("Expected a JSON object describing the function");
            }
            function = spec.toDefinition(null);
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            badRequest(ctx, "The function JSON has a member Rotor does not know. Members: name, code (or jar),"
                    + " handler, environment (or env), timeout, memorySize (or memory), runtime, java.");
            return;
        } catch (JsonProcessingException e) {
            badRequest(ctx, "The function JSON is not valid, or a member has the wrong type"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")") + ".");
            return;
        } catch (IllegalArgumentException | NullPointerException e) {
            badRequest(ctx, e.getMessage());
            return;
        }
        if (!java.nio.file.Files.exists(function.code())) {
            badRequest(ctx, "The function's code is not there: code must name a jar, zip or folder that exists on"
                    + " the emulator's machine.");
            return;
        }
        boolean replaced = registry.find(function.name()).isPresent();
        registry.register(function);
        send(ctx, replaced ? 200 : 201, view(function));
    }

    private void remove(Context ctx) {
        String name = ctx.pathParam("name");
        if (!registry.remove(name)) {
            notFound(ctx, name);
            return;
        }
        host.get().restart(name); // stops its process
        ctx.status(204);
    }

    private void invocations(Context ctx) {
        String name = ctx.pathParam("name");
        if (registry.find(name).isEmpty() && host.get().recentInvocations(name).isEmpty()) {
            notFound(ctx, name);
            return;
        }
        ArrayNode invocations = json.createArrayNode();
        host.get().recentInvocations(name).forEach(invocation -> invocations.add(view(invocation)));
        send(ctx, 200, json.createObjectNode().set("invocations", invocations));
    }

    private ObjectNode view(FunctionDefinition function) {
        ObjectNode node = json.createObjectNode();
        node.put("name", function.name());
        node.put("arn", registry.arnOf(function.name()));
        node.put("code", function.code().toString());
        node.put("handler", function.handler());
        node.put("runtime", function.runtime().id());
        node.put("timeoutSeconds", function.timeout().toMillis() / 1000.0);
        node.put("memoryMb", function.memoryMb());
        node.set("environment", json.valueToTree(function.environment()));
        if (function.javaExecutable() != null) {
            node.put("javaExecutable", function.javaExecutable().toString());
        }
        return node;
    }

    private ObjectNode view(Invocation invocation) {
        ObjectNode node = json.createObjectNode();
        node.put("requestId", invocation.requestId());
        node.put("functionArn", invocation.functionArn());
        node.set("event", jsonOrText(invocation.event()));
        node.put("outcome", invocation.outcome().name());
        node.put("started", invocation.started().toString());
        node.put("durationMs", invocation.duration().toNanos() / 1_000_000.0);
        node.put("coldStart", invocation.coldStart());
        if (invocation.response() != null) {
            node.set("response", jsonOrText(invocation.response()));
        }
        FunctionError error = invocation.error();
        if (error != null) {
            ObjectNode errorNode = node.putObject("error");
            errorNode.put("errorType", error.errorType());
            errorNode.put("errorMessage", error.errorMessage());
            errorNode.put("functionErrorType", error.functionErrorType());
            errorNode.set("stackTrace", json.valueToTree(error.stackTrace()));
        }
        node.put("logs", invocation.logs());
        return node;
    }

    private JsonNode jsonOrText(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException notJson) {
            return json.getNodeFactory().textNode(text);
        }
    }

    private void notFound(Context ctx, String name) {
        error(ctx, 404, "ResourceNotFoundException", "No function has this name or ARN.");
    }

    private void badRequest(Context ctx, String message) {
        error(ctx, 400, "InvalidParameterException", message == null ? "Bad request" : message);
    }

    private void error(Context ctx, int status, String type, String message) {
        ctx.header("x-amzn-ErrorType", type);
        send(ctx, status, json.createObjectNode().put("__type", type).put("message", message));
    }

    private void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }
}
