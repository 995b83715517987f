package dev.rotor.emulator.control;

import dev.rotor.emulator.rotation.AdjustableClock;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.RotationScheduler;
import dev.rotor.emulator.rotation.RotationTracker;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Control routes for rotations and the clock: {@code GET /_rotor/rotations[?secret=ARN]},
 * {@code GET /_rotor/rotations/{id}}, {@code GET /_rotor/rotations/{id}/wait?timeout=30s},
 * {@code GET /_rotor/clock} and {@code POST /_rotor/clock} with {@code {"advance": "P30D"}}.
 */
public final class RotationRoutes {
    private static final long MAX_WAIT_MILLIS = Duration.ofMinutes(10).toMillis();

    private final RotationTracker tracker;
    private final AdjustableClock clock;
    private final RotationScheduler scheduler;

    public RotationRoutes(RotationTracker tracker, AdjustableClock clock, RotationScheduler scheduler) {
        this.tracker = tracker;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/_rotor/rotations", ctx -> ctx.json(Map.of("rotations", tracker.list(ctx.queryParam("secret")))));
        routes.get("/_rotor/rotations/{id}", ctx -> ctx.json(find(ctx.pathParam("id"))));
        routes.get("/_rotor/rotations/{id}/wait", this::await);
        routes.get("/_rotor/clock", ctx -> ctx.json(clockState(List.of())));
        routes.post("/_rotor/clock", this::advance);
    }

    private RotationRecord find(String id) {
        return tracker.find(id).orElseThrow(() -> new NotFoundResponse("no rotation " + id));
    }

    private void await(Context ctx) throws InterruptedException {
        long timeout = Math.min(parseDuration(ctx.queryParam("timeout"), Duration.ofSeconds(30)).toMillis(),
                MAX_WAIT_MILLIS);
        RotationRecord record = tracker.await(ctx.pathParam("id"), timeout)
                .orElseThrow(() -> new NotFoundResponse("no rotation " + ctx.pathParam("id")));
        ctx.status(record.status().finished() ? 200 : 202).json(record);
    }

    private void advance(Context ctx) {
        Map<?, ?> body = ctx.bodyAsClass(Map.class);
        Object advance = body == null ? null : body.get("advance");
        if (!(advance instanceof String text)) {
            throw new BadRequestResponse("body must be {\"advance\": \"<ISO-8601 duration, e.g. P30D or PT4H>\"}");
        }
        Duration by = parseDuration(text, null);
        if (by.isNegative()) {
            throw new BadRequestResponse("the clock only moves forward");
        }
        clock.advance(by);
        ctx.json(clockState(scheduler.scan()));
    }

    private Map<String, Object> clockState(List<String> started) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("now", clock.instant().toString());
        state.put("offset", clock.offset().toString());
        state.put("rotationsStarted", started);
        return state;
    }

    private static Duration parseDuration(String text, Duration fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String value = text.trim().toUpperCase();
        try {
            if (value.startsWith("P")) {
                return Duration.parse(value);
            }
            if (value.endsWith("MS")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            return Duration.parse("PT" + value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new BadRequestResponse("'" + text + "' is not a duration (use e.g. P30D, PT4H or 30s)");
        }
    }
}
