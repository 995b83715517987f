package dev.rotor.emulator.control;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/** Parsing of control requests (query parameters, JSON bodies, durations), with clear 400s for bad input. */
final class ControlParams {
    private ControlParams() {
    }

    static long longParam(Context ctx, String name, long fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < 0) {
                throw new BadRequestResponse("query parameter '" + name + "' must not be negative");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("query parameter '" + name + "' must be a whole number");
        }
    }

    /** The JSON object body (an empty body is an empty object). */
    static Map<?, ?> body(Context ctx) {
        if (ctx.body().isBlank()) {
            return Map.of();
        }
        try {
            Map<?, ?> body = ctx.bodyAsClass(Map.class);
            return body == null ? Map.of() : body;
        } catch (RuntimeException notAnObject) {
            throw new BadRequestResponse("the body must be a JSON object");
        }
    }

    /** A required string member of the body. */
    static String text(Map<?, ?> body, String field) {
        Object value = body.get(field);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new BadRequestResponse("body must hold \"" + field + "\" as a string");
        }
        return s;
    }

    /** An ISO-8601 duration ({@code P30D}, {@code PT4H}) or a short form ({@code 30s}, {@code 500ms}). */
    static Duration duration(String text, Duration fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String value = text.trim().toUpperCase(Locale.ROOT);
        try {
            if (value.startsWith("P")) {
                return Duration.parse(value);
            }
            if (value.endsWith("MS")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            return Duration.parse("PT" + value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new BadRequestResponse("not a duration (use e.g. P30D, PT4H or 30s)");
        }
    }
}
