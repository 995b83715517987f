package dev.rotor.emulator.http;

import dev.rotor.emulator.exposure.ExposureRules;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.Locale;

/**
 * Keeps the unauthenticated endpoint for the clients it is meant for, before any route runs: the
 * {@link ExposureRules} (Host allow-list, no cross-site browser request), and a JSON content type on control-plane
 * POSTs, which a page cannot send without the CORS preflight Rotor never grants.
 */
final class ExposureGuard implements Handler {
    private final ExposureRules rules;

    ExposureGuard(ExposureRules rules) {
        this.rules = rules;
    }

    @Override
    public void handle(Context ctx) {
        var refusal = rules.check(ctx.header("Host"), ctx.header("Origin"), ctx.header("Sec-Fetch-Site"));
        if (refusal.isPresent()) {
            refuse(ctx, refusal.get().status(), refusal.get().type(), refusal.get().message());
        } else if (isControlPlanePost(ctx) && !isJson(ctx.header("Content-Type"))) {
            refuse(ctx, 415, "UnsupportedMediaTypeException", "Control-plane POSTs take a JSON body: send"
                    + " Content-Type: application/json, and {} when there is nothing to say.");
        }
    }

    private static boolean isControlPlanePost(Context ctx) {
        return ctx.method() == HandlerType.POST && ctx.path().startsWith("/_rotor/");
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json");
    }

    private static void refuse(Context ctx, int status, String type, String message) {
        JsonErrors.send(ctx, status, type, message);
        ctx.skipRemainingHandlers();
    }
}
