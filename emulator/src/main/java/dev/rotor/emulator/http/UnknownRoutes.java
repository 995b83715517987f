package dev.rotor.emulator.http;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Answers a request no route serves with a JSON error that says what exists: 405 (and {@code Allow}) when the path
 * is served with other methods, 404 otherwise. The route list is read from the router, so it stays true as routes
 * change. Neither the path nor the method is echoed.
 */
final class UnknownRoutes implements Handler {
    private final JavalinState javalin;

    UnknownRoutes(JavalinState javalin) {
        this.javalin = javalin;
    }

    @Override
    public void handle(Context ctx) {
        if (!javalin.internalRouter.findHttpHandlerEntries(ctx.method(), ctx.path()).isEmpty()) {
            return; // a route answered 404 itself ("no such rotation"): its body stands
        }
        List<String> methods = HandlerType.values().stream().filter(HandlerType::isHttpMethod)
                .filter(m -> !javalin.internalRouter.findHttpHandlerEntries(m, ctx.path()).isEmpty())
                .map(HandlerType::name).toList();
        if (methods.isEmpty()) {
            JsonErrors.send(ctx, 404, "NotFoundException", "Nothing is served at this path. " + routes());
        } else {
            ctx.header("Allow", String.join(", ", methods));
            JsonErrors.send(ctx, 405, "MethodNotAllowedException", "This path answers "
                    + String.join(" and ", methods) + " only. " + routes());
        }
    }

    private String routes() {
        String control = javalin.internalRouter.allHttpHandlers().stream().map(e -> e.endpoint)
                .filter(e -> e.method.isHttpMethod() && !e.path.equals("/"))
                .map(e -> e.method.name() + " " + e.path).distinct().collect(Collectors.joining(", "));
        return "Rotor serves the Secrets Manager API at POST / (AWS JSON 1.1, X-Amz-Target: secretsmanager.<Operation>)"
                + " and its control plane at " + control + ".";
    }
}
