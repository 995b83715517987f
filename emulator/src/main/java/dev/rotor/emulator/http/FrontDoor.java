package dev.rotor.emulator.http;

import dev.rotor.emulator.exposure.ExposureRules;
import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The HTTP server's front door, around every route: a body over the size limit read and dropped before its 413
 * ({@link OversizeBodies}; install after setting {@code maxRequestSize}), the exposure checks ({@link ExposureGuard}),
 * JSON errors everywhere (for failing routes, unknown paths and methods, and requests Jetty cannot parse), and the
 * drain that lets a stopping emulator finish the requests it has before anything closes under them.
 */
public final class FrontDoor {
    private final GracefulHandler requests = new GracefulHandler();
    private final AtomicReference<Server> server = new AtomicReference<>();

    private final ExposureRules exposure;

    public FrontDoor(ExposureRules exposure) {
        this.exposure = exposure;
    }

    /** Puts the front door around every route of the server being configured. */
    public void install(JavalinConfig javalin) {
        javalin.routes.before(new OversizeBodies(javalin.http.maxRequestSize));
        javalin.routes.before(new ExposureGuard(exposure));
        javalin.routes.error(404, new UnknownRoutes(javalin.unsafe));
        RouteErrors.addTo(javalin.routes);
        javalin.jetty.modifyServer(jetty -> {
            jetty.setErrorHandler(new ProtocolErrors());
            jetty.insertHandler(requests);
            server.set(jetty);
        });
    }

    /**
     * Stops taking connections and waits up to {@code timeout} for the requests in flight to be answered; a request
     * that still arrives on an open connection is answered 503. Returns whether every request finished in time.
     */
    public boolean drain(Duration timeout) {
        Server running = server.get();
        if (running == null) {
            return true;
        }
        for (Connector connector : running.getConnectors()) {
            connector.shutdown(); // a network connector closes its socket: new connections are refused
        }
        try {
            requests.shutdown().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
