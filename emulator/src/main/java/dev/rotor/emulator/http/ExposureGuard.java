package dev.rotor.emulator.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.Locale;

/**
 * Keeps the unauthenticated endpoint for the clients it is meant for, before any route runs: a {@code Host} the
 * allow-list accepts (against DNS rebinding), no cross-site browser request ({@code Origin} not loopback or allowed,
 * or {@code Sec-Fetch-Site: cross-site}), and a JSON content type on control-plane POSTs, which a page cannot send
 * without the CORS preflight Rotor never grants.
 */
final class ExposureGuard implements Handler {
    private static final String HOW_TO_ALLOW = " Name other hosts with --allowed-hosts or ROTOR_ALLOWED_HOSTS.";

    private final AllowedHosts allowed;

    ExposureGuard(AllowedHosts allowed) {
        this.allowed = allowed;
    }

    @Override
    public void handle(Context ctx) {
        if (!allowed.acceptsHost(ctx.header("Host"))) {
            refuse(ctx, 403, "AccessDeniedException", "Rotor does not answer to this Host header. It accepts IP"
                    + " addresses, localhost and *.localhost, names without a dot, host.docker.internal and"
                    + " host.containers.internal: other names are how DNS rebinding reaches a local endpoint."
                    + HOW_TO_ALLOW);
        } else if (isCrossSite(ctx)) {
            refuse(ctx, 403, "AccessDeniedException", "Rotor refuses cross-site requests: a browser request must"
                    + " come from a loopback origin (localhost, 127.0.0.1, ::1) in the same site." + HOW_TO_ALLOW);
        } else if (isControlPlanePost(ctx) && !isJson(ctx.header("Content-Type"))) {
            refuse(ctx, 415, "UnsupportedMediaTypeException", "Control-plane POSTs take a JSON body: send"
                    + " Content-Type: application/json, and {} when there is nothing to say.");
        }
    }

    private boolean isCrossSite(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !allowed.acceptsOrigin(origin)) {
            return true;
        }
        boolean crossSite = "cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"));
        return crossSite && (origin == null || !allowed.namesOrigin(origin));
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
