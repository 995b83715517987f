package dev.rotor.emulator.admin;

import dev.rotor.emulator.rotation.RotationStep;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a fault as a scenario spells it ({@code {lambda: crash, during: setSecret, after: 100ms}}, or the older
 * {@code {step: setSecret, times: 1}} for cannot-run) into its {@link Fault} record. Shared by {@code /_rotor/faults}
 * and the harness's scenario files. A refusal is an {@link AdminException} whose {@link AdminException#field()}
 * names the field, and whose message lists what is allowed without quoting the value.
 */
public final class FaultParser {
    private static final List<String> LAYERS = List.of("lambda", "api", "database", "race");
    private static final String KINDS = "lambda (cannot-run, lose-response, crash), api (ThrottlingException,"
            + " InternalServiceError, slow), database (refuse, drop, stall, latency) or race (put-value, rotate,"
            + " cancel-rotation)";
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})(ms|s|m)");
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

    private FaultParser() {
    }

    /** The fault {@code spec} describes, for the secret {@code secretId}. */
    public static Fault parse(String secretId, Map<String, ?> spec) {
        List<String> layers = LAYERS.stream().filter(spec::containsKey).toList();
        if (layers.size() > 1) {
            throw AdminException.invalidField(layers.get(1), "A fault has one layer: " + KINDS + ".");
        }
        if (layers.isEmpty()) {
            if (spec.containsKey("step")) {
                allow(spec, "A cannot-run fault", "step", "times");
                return new Fault.CannotRun(secretId, step(spec, "step"), times(spec));
            }
            throw AdminException.invalidField("fault", "A fault names its layer and kind: " + KINDS + ".");
        }
        String layer = layers.get(0);
        Object kind = spec.get(layer);
        return switch (layer) {
            case "lambda" -> lambda(secretId, kind, spec);
            case "api" -> api(secretId, kind, spec);
            case "database" -> database(secretId, kind, spec);
            default -> race(secretId, kind, spec);
        };
    }

    private static Fault lambda(String secretId, Object kind, Map<String, ?> spec) {
        if ("cannot-run".equals(kind)) {
            allow(spec, "A lambda cannot-run fault", "lambda", "during", "times");
            return new Fault.CannotRun(secretId, step(spec, "during"), times(spec));
        }
        if ("lose-response".equals(kind)) {
            allow(spec, "A lambda lose-response fault", "lambda", "during", "times");
            return new Fault.LoseResponse(secretId, step(spec, "during"), times(spec));
        }
        if ("crash".equals(kind)) {
            allow(spec, "A lambda crash fault", "lambda", "during", "times", "after");
            return new Fault.Crash(secretId, step(spec, "during"), times(spec), duration(spec, "after"));
        }
        throw oneOf("lambda", List.of("cannot-run", "lose-response", "crash"));
    }

    private static Fault api(String secretId, Object kind, Map<String, ?> spec) {
        if ("slow".equals(kind)) {
            allow(spec, "An api slow fault", "api", "operation", "delay", "during", "times");
            return new Fault.SlowApi(secretId, text(spec, "operation"), duration(spec, "delay"), step(spec, "during"),
                    times(spec));
        }
        ApiErrorCode error = kind instanceof String type ? ApiErrorCode.fromType(type).orElse(null) : null;
        if (error == null) {
            List<String> kinds = new ArrayList<>(ApiErrorCode.types());
            kinds.add("slow");
            throw oneOf("api", kinds);
        }
        allow(spec, "An api error fault", "api", "operation", "during", "times");
        return new Fault.ApiError(secretId, error, text(spec, "operation"), step(spec, "during"), times(spec));
    }

    private static Fault database(String secretId, Object kind, Map<String, ?> spec) {
        DatabaseFaultKind database = kind instanceof String name ? DatabaseFaultKind.fromWireName(name).orElse(null)
                : null;
        if (database == null) {
            throw oneOf("database", DatabaseFaultKind.wireNames());
        }
        if (database == DatabaseFaultKind.LATENCY) {
            allow(spec, "A database latency fault", "database", "latency", "during", "times");
            return new Fault.Database(secretId, database, duration(spec, "latency"), step(spec, "during"),
                    times(spec));
        }
        allow(spec, "A database " + database.wireName() + " fault", "database", "during", "times");
        return new Fault.Database(secretId, database, null, step(spec, "during"), times(spec));
    }

    private static Fault race(String secretId, Object kind, Map<String, ?> spec) {
        RaceAction action = kind instanceof String name ? RaceAction.fromWireName(name).orElse(null) : null;
        if (action == null) {
            throw oneOf("race", RaceAction.wireNames());
        }
        allow(spec, "A race", "race", "after", "times");
        if (spec.get("after") == null) {
            throw AdminException.invalidField("after", "Fault field 'after': a race names the step it follows, one of "
                    + String.join(", ", RotationStep.wireNames()) + ".");
        }
        return new Fault.Race(secretId, action, step(spec, "after"), times(spec));
    }

    /**
     * Refuses a field the kind does not take (its layer's key aside), naming it when it is a plain name and listing
     * the allowed ones.
     */
    private static void allow(Map<String, ?> spec, String what, String... fields) {
        Set<String> allowed = new LinkedHashSet<>(List.of(fields));
        for (String field : spec.keySet()) {
            if (!allowed.contains(field)) {
                String named = field != null && FIELD_NAME.matcher(field).matches() ? "'" + field + "'"
                        : "field of that name";
                allowed.removeAll(LAYERS);
                throw AdminException.invalidField(field, what + " takes no " + named + "; it takes: "
                        + String.join(", ", allowed) + ".");
            }
        }
    }

    private static AdminException oneOf(String field, List<String> allowed) {
        return AdminException.invalidField(field, "Fault field '" + field + "': one of " + String.join(", ", allowed)
                + ".");
    }

    private static RotationStep step(Map<String, ?> spec, String field) {
        Object value = spec.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String name)) {
            throw oneOf(field, RotationStep.wireNames());
        }
        return RotationStep.fromWireName(name).orElseThrow(() -> oneOf(field, RotationStep.wireNames()));
    }

    private static int times(Map<String, ?> spec) {
        Object value = spec.get("times");
        if (value == null) {
            return 1;
        }
        if (value instanceof Number number) {
            try {
                int times = new BigDecimal(number.toString()).intValueExact();
                if (times >= 1 && times <= FaultSpecs.MAX_TIMES) {
                    return times;
                }
            } catch (ArithmeticException | NumberFormatException notWhole) {
                // refused below
            }
        }
        throw AdminException.invalidField("times", "Fault field 'times': a whole number from 1 to "
                + FaultSpecs.MAX_TIMES + ".");
    }

    private static String text(Map<String, ?> spec, String field) {
        Object value = spec.get(field);
        if (!(value instanceof String text) || text.isBlank()) {
            throw AdminException.invalidField(field, "Fault field '" + field + "': required, as text.");
        }
        return text;
    }

    /** {@code 100ms}, {@code 2s}, {@code 1m} or ISO-8601 ({@code PT2S}). */
    private static Duration duration(Map<String, ?> spec, String field) {
        Object value = spec.get(field);
        if (value instanceof String text) {
            Matcher matcher = SHORT_DURATION.matcher(text.trim());
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                return switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    default -> Duration.ofMinutes(amount);
                };
            }
            try {
                return Duration.parse(text.trim());
            } catch (DateTimeParseException notIso) {
                // refused below
            }
        }
        throw AdminException.invalidField(field, "Fault field '" + field + "': a duration such as 100ms, 2s or 1m"
                + (value == null ? " (required for this kind)" : "") + ".");
    }
}
