package dev.rotor.emulator.control;

import dev.rotor.emulator.admin.AdminException;
import dev.rotor.emulator.admin.RotorAdmin;
import dev.rotor.emulator.rotation.RotationRecord;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Duration;
import java.util.Map;

/**
 * Rotations and faults: {@code GET /_rotor/rotations[?secret=ID]}, {@code GET /_rotor/rotations/{id}},
 * {@code GET /_rotor/rotations/{id}/wait?timeout=30s} and {@code POST /_rotor/rotations/retry} with
 * {@code {"secret": ID}}.
 */
final class RotationRoutes {
    private static final Duration MAX_WAIT = Duration.ofMinutes(10);

    private final RotorAdmin admin;

    RotationRoutes(RotorAdmin admin) {
        this.admin = admin;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/_rotor/rotations", ctx -> ctx.json(Map.of("rotations",
                admin.rotations(ctx.queryParam("secret")))));
        routes.post("/_rotor/rotations/retry", ctx -> ctx.json(admin.retryRotation(
                ControlParams.text(ControlParams.body(ctx), "secret"))));
        routes.get("/_rotor/rotations/{id}", ctx -> ctx.json(admin.rotation(ctx.pathParam("id"))
                .orElseThrow(RotationRoutes::noRotation)));
        routes.get("/_rotor/rotations/{id}/wait", this::await);
    }

    private void await(Context ctx) throws InterruptedException {
        Duration timeout = ControlParams.duration(ctx.queryParam("timeout"), Duration.ofSeconds(30));
        RotationRecord record = admin.awaitRotation(ctx.pathParam("id"),
                        timeout.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : timeout)
                .orElseThrow(RotationRoutes::noRotation);
        ctx.status(record.status().finished() ? 200 : 202).json(record);
    }

    private static AdminException noRotation() {
        return AdminException.notFound("No rotation has this id or version id.");
    }
}
