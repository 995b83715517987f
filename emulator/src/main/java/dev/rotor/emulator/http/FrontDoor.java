package dev.rotor.emulator.http;

import dev.rotor.emulator.exposure.ExposureRules;
import io.javalin.config.JavalinConfig;

/**
 * The HTTP server's front door, around every route: the exposure checks ({@link ExposureGuard}) and JSON errors
 * everywhere: for failing routes, unknown paths and methods, and requests Jetty cannot parse.
 */
public final class FrontDoor {
    private FrontDoor() {
    }

    public static void install(JavalinConfig javalin, ExposureRules exposure) {
        javalin.routes.before(new ExposureGuard(exposure));
        javalin.routes.error(404, new UnknownRoutes(javalin.unsafe));
        RouteErrors.addTo(javalin.routes);
        javalin.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolErrors()));
    }
}
