package dev.rotor.emulator.control;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/** Query-parameter parsing for control routes, with clear 400s for bad input. */
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
}
