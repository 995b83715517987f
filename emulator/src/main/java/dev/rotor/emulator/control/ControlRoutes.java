package dev.rotor.emulator.control;

import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.emulator.store.SecretStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/** The control plane's core routes under {@code /_rotor/}: health, reset and the journal. */
public final class ControlRoutes {
    private static final int MAX_EVENTS = 10_000;

    private final SecretStore store;
    private final String version;
    private final Runnable onReset;

    public ControlRoutes(SecretStore store, String version, Runnable onReset) {
        this.store = store;
        this.version = version;
        this.onReset = onReset;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/_rotor/health", ctx -> ctx.json(Map.of("status", "ok", "version", version)));
        routes.post("/_rotor/reset", ctx -> {
            onReset.run();
            store.reset();
            ctx.json(Map.of("status", "reset"));
        });
        routes.get("/_rotor/journal", this::journal);
    }

    private void journal(Context ctx) {
        long after = ControlParams.longParam(ctx, "after", 0);
        int limit = (int) Math.min(ControlParams.longParam(ctx, "limit", MAX_EVENTS), MAX_EVENTS);
        List<JournalEvent> events = store.read(tx -> tx.events(after, limit));
        long last = events.isEmpty() ? after : events.get(events.size() - 1).sequence();
        ctx.json(Map.of("events", events, "lastSequence", last));
    }
}
