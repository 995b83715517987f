package dev.rotor.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rotor.emulator.admin.AdminException;
import dev.rotor.emulator.secrets.ErrorCode;
import dev.rotor.emulator.secrets.SecretsException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a control-plane route's failure looks like on the wire: JSON with a type and a message written for people,
 * never a parser's message (it quotes the body) or a Java class name. Unexpected failures are logged, and answered
 * 500 without detail.
 */
final class RouteErrors {
    private static final Logger LOG = LoggerFactory.getLogger(RouteErrors.class);

    private RouteErrors() {
    }

    static void addTo(RoutesConfig routes) {
        routes.exception(SecretsException.class, (e, ctx) -> JsonErrors.send(ctx,
                e.code() == ErrorCode.RESOURCE_NOT_FOUND ? 404 : 400, e.code().type(), e.getMessage()));
        routes.exception(AdminException.class, (e, ctx) ->
                JsonErrors.send(ctx, e.reason() == AdminException.Reason.NOT_FOUND ? 404 : 400, e.type(), e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                JsonErrors.send(ctx, e.getStatus(), ProtocolErrors.type(e.getStatus()), e.getMessage()));
        routes.exception(Exception.class, RouteErrors::unexpected);
    }

    private static void unexpected(Exception e, Context ctx) {
        if (causedByJson(e)) {
            JsonErrors.send(ctx, 400, "BadRequestException",
                    "The request body is not valid JSON, or not the JSON object this route takes.");
            return;
        }
        LOG.error("internal error serving a control-plane request", e);
        JsonErrors.send(ctx, 500, "InternalServiceError", "An internal error occurred. Try again later.");
    }

    private static boolean causedByJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException) {
                return true;
            }
        }
        return false;
    }
}
