package dev.rotor.emulator.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.emulator.admin.AdminException;
import dev.rotor.emulator.admin.FunctionInfo;
import dev.rotor.emulator.admin.RotorAdmin;
import dev.rotor.emulator.lambda.FunctionDefinition;
import dev.rotor.emulator.lambda.FunctionError;
import dev.rotor.emulator.lambda.FunctionSpec;
import dev.rotor.emulator.lambda.Invocation;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Functions: {@code GET /_rotor/functions}, {@code POST /_rotor/functions} (register or replace, from a JSON
 * {@link FunctionSpec}: 201 when new, 200 when replaced), {@code DELETE /_rotor/functions/{name}}, and
 * {@code GET /_rotor/functions/{name}/invocations} (recent invocations with outcome, duration, logs and error).
 */
final class FunctionsRoutes {
    private final RotorAdmin admin;
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    FunctionsRoutes(RotorAdmin admin) {
        this.admin = admin;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/_rotor/functions", this::list);
        routes.post("/_rotor/functions", this::register);
        routes.delete("/_rotor/functions/{name}", this::remove);
        routes.get("/_rotor/functions/{name}/invocations", this::invocations);
    }

    private void list(Context ctx) {
        ArrayNode functions = json.createArrayNode();
        admin.functions().forEach(function -> functions.add(view(function)));
        send(ctx, 200, json.createObjectNode().set("functions", functions));
    }

    private void register(Context ctx) {
        FunctionDefinition function = parse(ctx.body());
        boolean replaced = admin.functions().stream().anyMatch(f -> f.name().equals(function.name()));
        send(ctx, replaced ? 200 : 201, view(admin.registerFunction(function)));
    }

    private FunctionDefinition parse(String body) {
        try {
            FunctionSpec spec = json.readValue(body, FunctionSpec.class);
            if (spec == null) {
                throw AdminException.invalid("Expected a JSON object describing the function");
            }
            return spec.toDefinition(null);
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            throw AdminException.invalid("The function JSON has a member Rotor does not know. Members: name, code (or"
                    + " jar), handler, environment (or env), timeout, memorySize (or memory), runtime, java, python.");
        } catch (JsonProcessingException e) {
            throw AdminException.invalid("The function JSON is not valid, or a member has the wrong type"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")") + ".");
        } catch (IllegalArgumentException | NullPointerException e) {
            throw AdminException.invalid(e.getMessage() == null ? "Bad request" : e.getMessage());
        }
    }

    private void remove(Context ctx) {
        if (!admin.removeFunction(ctx.pathParam("name"))) {
            throw AdminException.notFound("No function has this name or ARN.");
        }
        ctx.status(204);
    }

    private void invocations(Context ctx) {
        ArrayNode invocations = json.createArrayNode();
        admin.invocations(ctx.pathParam("name")).forEach(invocation -> invocations.add(view(invocation)));
        send(ctx, 200, json.createObjectNode().set("invocations", invocations));
    }

    private ObjectNode view(FunctionInfo info) {
        FunctionDefinition function = info.definition();
        ObjectNode node = json.createObjectNode();
        node.put("name", function.name());
        node.put("arn", info.arn());
        node.put("code", function.code().toString());
        node.put("handler", function.handler());
        node.put("runtime", function.runtime().id());
        node.put("timeoutSeconds", function.timeout().toMillis() / 1000.0);
        node.put("memoryMb", function.memoryMb());
        node.set("environment", json.valueToTree(function.environment()));
        if (function.javaExecutable() != null) {
            node.put("javaExecutable", function.javaExecutable().toString());
        }
        if (function.pythonExecutable() != null) {
            node.put("pythonExecutable", function.pythonExecutable().toString());
        }
        return node;
    }

    private ObjectNode view(Invocation invocation) {
        ObjectNode node = json.createObjectNode();
        node.put("requestId", invocation.requestId());
        node.put("functionArn", invocation.functionArn());
        node.set("event", jsonOrText(invocation.event()));
        node.put("outcome", invocation.outcome().label());
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

    private static void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }
}
