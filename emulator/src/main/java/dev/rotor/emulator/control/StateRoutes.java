package dev.rotor.emulator.control;

import dev.rotor.emulator.admin.ClockState;
import dev.rotor.emulator.admin.RotorAdmin;
import dev.rotor.emulator.journal.JournalEvent;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /_rotor/health}, {@code /_rotor/reset}, {@code /_rotor/journal} and {@code /_rotor/clock}. */
final class StateRoutes {
    private static final int MAX_EVENTS = 10_000;

    private final RotorAdmin admin;

    StateRoutes(RotorAdmin admin) {
        this.admin = admin;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/_rotor/health", ctx -> ctx.json(Map.of("status", "ok", "version", admin.version())));
        routes.post("/_rotor/reset", ctx -> {
            admin.reset();
            ctx.json(Map.of("status", "reset"));
        });
        routes.get("/_rotor/journal", this::journal);
        routes.get("/_rotor/clock", ctx -> ctx.json(view(admin.clock())));
        routes.post("/_rotor/clock", this::advance);
    }

    private void journal(Context ctx) {
        long after = ControlParams.longParam(ctx, "after", 0);
        int limit = (int) Math.min(ControlParams.longParam(ctx, "limit", MAX_EVENTS), MAX_EVENTS);
        List<JournalEvent> events = admin.journal(after, limit);
        long last = events.isEmpty() ? after : events.get(events.size() - 1).sequence();
        ctx.json(Map.of("events", events, "lastSequence", last));
    }

    private void advance(Context ctx) {
        Object advance = ControlParams.body(ctx).get("advance");
        if (!(advance instanceof String text)) {
            throw new BadRequestResponse("body must be {\"advance\": \"<ISO-8601 duration, e.g. P30D or PT4H>\"}");
        }
        ctx.json(view(admin.advanceClock(ControlParams.duration(text, null))));
    }

    private static Map<String, Object> view(ClockState clock) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("now", clock.now().toString());
        state.put("offset", clock.offset().toString());
        state.put("rotationsStarted", clock.rotationsStarted());
        return state;
    }
}
