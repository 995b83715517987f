package dev.rotor.emulator.control;

import dev.rotor.emulator.rotation.AdjustableClock;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.RotationScheduler;
import dev.rotor.emulator.rotation.RotationService;
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
 * {@code POST /_rotor/rotations/retry} with {@code {"secret": id}} (reattempt a pending rotation with its token),
 * {@code POST /_rotor/faults} with {@code {"secret": id, "step": "setSecret", "times": 1}},
 * {@code GET /_rotor/clock} and {@code POST /_rotor/clock} with {@code {"advance": "P30D"}}.
 */
public final class RotationRoutes {
    private static final long MAX_WAIT_MILLIS = Duration.ofMinutes(10).toMillis();

    private final RotationService rotations;
    private final RotationTracker tracker;
    private final AdjustableClock clock;
    private final RotationScheduler scheduler;

    public RotationRoutes(RotationService rotations, AdjustableClock clock, RotationScheduler scheduler) {
        this.rotations = rotations;
        this.tracker = rotations.tracker();
        this.clock = clock;
        this.scheduler = scheduler;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/_rotor/rotations", ctx -> ctx.json(Map.of("rotations", tracker.list(secretArn(ctx)))));
        routes.post("/_rotor/rotations/retry", ctx -> ctx.json(rotations.retry(text(ctx, "secret"))));
        routes.post("/_rotor/faults", this::injectFault);
        routes.get("/_rotor/rotations/{id}", ctx -> ctx.json(find(ctx.pathParam("id"))));
        routes.get("/_rotor/rotations/{id}/wait", this::await);
        routes.get("/_rotor/clock", ctx -> ctx.json(clockState(List.of())));
        routes.post("/_rotor/clock", this::advance);
    }

    private RotationRecord find(String id) {
        return tracker.find(id).orElseThrow(RotationRoutes::noSuchRotation);
    }

    private void await(Context ctx) throws InterruptedException {
        long timeout = Math.min(parseDuration(ctx.queryParam("timeout"), Duration.ofSeconds(30)).toMillis(),
                MAX_WAIT_MILLIS);
        RotationRecord record = tracker.await(ctx.pathParam("id"), timeout)
                .orElseThrow(RotationRoutes::noSuchRotation);
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

    private void injectFault(Context ctx) {
        String secret = text(ctx, "secret");
        String step = text(ctx, "step");
        if (!List.of("createSecret", "setSecret", "testSecret", "finishSecret").contains(step)) {
            throw new BadRequestResponse("step must be createSecret, setSecret, testSecret or finishSecret");
        }
        Object times = ctx.bodyAsClass(Map.class).get("times");
        int count = times == null ? 1 : times instanceof Number n ? n.intValue() : -1;
        if (count < 1 || count > 100) {
            throw new BadRequestResponse("times must be a number from 1 to 100");
        }
        String arn = rotations.describeArn(secret);
        rotations.faults().inject(arn, step, count);
        ctx.json(Map.of("secret", arn, "step", step, "times", count));
    }

    /** The {@code secret} query parameter in any SecretId form (name, ARN, partial ARN), as its ARN; null if absent. */
    private String secretArn(Context ctx) {
        String secret = ctx.queryParam("secret");
        return secret == null || secret.isBlank() ? null : rotations.describeArn(secret);
    }

    private static NotFoundResponse noSuchRotation() {
        return new NotFoundResponse("No rotation has this id or version id.");
    }

    private static String text(Context ctx, String field) {
        Map<?, ?> body = ctx.bodyAsClass(Map.class);
        Object value = body == null ? null : body.get(field);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new BadRequestResponse("body must hold \"" + field + "\" as a string");
        }
        return s;
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
            throw new BadRequestResponse("not a duration: use e.g. P30D, PT4H or 30s");
        }
    }
}
