package dev.rotor.emulator.control;

import dev.rotor.emulator.admin.AdminException;
import dev.rotor.emulator.admin.ArmedFault;
import dev.rotor.emulator.admin.Fault;
import dev.rotor.emulator.admin.FaultParser;
import dev.rotor.emulator.admin.RotorAdmin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Faults and database proxies: {@code POST /_rotor/faults} arms a fault written as a scenario writes it, plus its
 * secret ({@code {"secret": ID, "lambda": "lose-response", "during": "setSecret"}}; the older
 * {@code {"secret", "step", "times"}} is cannot-run) and answers it with its counts; {@code GET
 * /_rotor/faults[?secret=ID]} lists the faults armed since the last reset with how often each fired;
 * {@code POST /_rotor/proxies} {@code {"secret", "targetHost", "targetPort"}} opens the secret's database proxy and
 * {@code DELETE /_rotor/proxies?secret=ID} closes it.
 */
final class FaultRoutes {
    private final RotorAdmin admin;

    FaultRoutes(RotorAdmin admin) {
        this.admin = admin;
    }

    void addTo(RoutesConfig routes) {
        routes.post("/_rotor/faults", this::arm);
        routes.get("/_rotor/faults", ctx -> ctx.json(Map.of("faults", admin.faults(ctx.queryParam("secret")).stream()
                .map(FaultRoutes::view).toList())));
        routes.post("/_rotor/proxies", this::openProxy);
        routes.delete("/_rotor/proxies", this::closeProxy);
    }

    private void arm(Context ctx) {
        Map<String, Object> spec = new LinkedHashMap<>();
        ControlParams.body(ctx).forEach((key, value) -> spec.put(String.valueOf(key), value));
        String secret = ControlParams.text(spec, "secret");
        spec.remove("secret");
        Fault armed = admin.armFault(FaultParser.parse(secret, spec));
        ctx.json(view(new ArmedFault(armed, 0, armed.times())));
    }

    private static Map<String, Object> view(ArmedFault armed) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("secret", armed.fault().secretId());
        view.putAll(armed.fault().spec());
        view.put("fired", armed.fired());
        view.put("remaining", armed.remaining());
        return view;
    }

    private void openProxy(Context ctx) {
        Map<?, ?> body = ControlParams.body(ctx);
        Object port = body.get("targetPort");
        if (!(port instanceof Integer targetPort)) {
            throw AdminException.invalidField("targetPort", "body must hold \"targetPort\" as a port number");
        }
        ctx.status(201).json(admin.openDatabaseProxy(ControlParams.text(body, "secret"),
                ControlParams.text(body, "targetHost"), targetPort));
    }

    private void closeProxy(Context ctx) {
        String secret = ctx.queryParam("secret");
        if (secret == null || secret.isBlank()) {
            throw AdminException.invalidField("secret", "query parameter 'secret' names the secret whose proxy to close");
        }
        if (!admin.closeDatabaseProxy(secret)) {
            throw AdminException.notFound("This secret has no database proxy.");
        }
        ctx.status(204);
    }
}
