package dev.rotor.harness.scenario;

import dev.rotor.emulator.admin.AdminException;
import dev.rotor.emulator.admin.FaultParser;
import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.harness.action.ArmFault;
import dev.rotor.harness.action.Action;
import dev.rotor.harness.action.AdvanceClock;
import dev.rotor.harness.action.CancelRotation;
import dev.rotor.harness.action.ChangePasswordOutOfBand;
import dev.rotor.harness.action.Expectation;
import dev.rotor.harness.action.PutValue;
import dev.rotor.harness.action.RemovePending;
import dev.rotor.harness.action.RestartDatabase;
import dev.rotor.harness.action.RestartFunction;
import dev.rotor.harness.action.RetryRotation;
import dev.rotor.harness.action.Rotate;
import dev.rotor.harness.action.Wait;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one action: a bare name ({@code - rotate}) or a one-key mapping ({@code - rotate: {expect: fails}}). The
 * table {@link #KINDS} names every action kind with how to read its options; a new kind is a new row.
 */
final class ActionReader {
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    /** Who a fault is for until a scenario arms it for its own secret. */
    private static final String SCENARIO_SECRET = "the-scenario-secret";
    private static final Set<String> FIXED_FIELDS = Set.of("username", "host", "port", "engine", "dbname",
            "masterarn");

    /** How one kind reads its options ({@code null} when the action is a bare name). */
    @FunctionalInterface
    private interface Reader {
        Action read(int line, YamlNode options, YamlNode item);
    }

    private static final Map<String, Reader> KINDS = table(
            kind("rotate", ActionReader::rotate),
            kind("retry-rotation", (line, o, item) -> new RetryRotation(line, expectation(options(o, "expect"),
                    Expectation.SUCCEEDS))),
            kind("wait", (line, o, item) -> new Wait(line, waitDuration(required(o, item, "a duration like 2s")))),
            kind("advance-clock", ActionReader::advanceClock),
            kind("change-password-out-of-band", (line, o, item) -> new ChangePasswordOutOfBand(line,
                    flag(options(o, "update-secret"), "update-secret", true))),
            kind("put-value", ActionReader::putValue),
            kind("cancel-rotation", (line, o, item) -> new CancelRotation(line)),
            kind("remove-pending", (line, o, item) -> new RemovePending(line)),
            kind("restart-function", (line, o, item) -> new RestartFunction(line)),
            kind("restart-database", (line, o, item) -> new RestartDatabase(line)),
            kind("fault", (line, o, item) -> fault(line, "fault", required(o, item, "the fault, e.g. {lambda:"
                    + " lose-response, during: setSecret}"))),
            kind("inject-fault", (line, o, item) -> fault(line, "inject-fault", required(o, item,
                    "the step to fail, e.g. {step: setSecret}"))));

    /** Every action kind, as scenario files spell them. */
    static final List<String> NAMES = List.copyOf(KINDS.keySet());

    private ActionReader() {
    }

    static Action read(YamlNode item) {
        String kind;
        YamlNode options = null;
        if (item.isScalar()) {
            kind = item.text().trim();
        } else {
            Map<String, YamlNode> map = item.mapping(null);
            if (map.size() != 1) {
                throw item.error("an action is one of " + String.join(", ", NAMES) + " with its options");
            }
            kind = map.keySet().iterator().next();
            options = map.get(kind).isNull() ? null : map.get(kind);
        }
        Reader reader = KINDS.get(kind);
        if (reader == null) {
            throw item.error("unknown action '" + kind + "' (expected one of " + String.join(", ", NAMES) + ")");
        }
        return reader.read(item.line(), options, item);
    }

    private static Action rotate(int line, YamlNode options, YamlNode item) {
        Map<String, YamlNode> o = options(options, "expect", "rotate-immediately");
        return new Rotate(line, expectation(o, Expectation.SUCCEEDS), flag(o, "rotate-immediately", true));
    }

    private static Action advanceClock(int line, YamlNode options, YamlNode item) {
        if (options != null && options.isScalar()) {
            return new AdvanceClock(line, duration(options), null);
        }
        Map<String, YamlNode> o = options(required(options, item, "how far, e.g. {by: P30D}"), "by", "expect");
        YamlNode by = o.get("by");
        if (by == null) {
            throw item.error("advance-clock needs 'by', e.g. P30D");
        }
        return new AdvanceClock(line, duration(by), expectation(o, null));
    }

    private static Action putValue(int line, YamlNode options, YamlNode item) {
        Map<String, Object> fields = new LinkedHashMap<>();
        required(options, item, "the fields to change").mapping(null).forEach((key, value) -> {
            if (!value.isScalar()) {
                throw value.error("fields are single values");
            }
            if (FIXED_FIELDS.contains(key)) {
                throw value.error("'" + key + "' cannot be changed by hand in a scenario");
            }
            fields.put(key, value.scalarValue());
        });
        return new PutValue(line, fields);
    }

    /**
     * A fault in the emulator's spelling, read by the emulator's own parser; a refusal points at the field's line
     * ({@code inject-fault: {step, times}} is read as the older spelling of {@code lambda: cannot-run}).
     */
    private static Action fault(int line, String kind, YamlNode options) {
        Map<String, YamlNode> fields = options.mapping(null);
        Map<String, Object> spec = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            if (!value.isScalar()) {
                throw value.error("a fault's fields are single values");
            }
            spec.put(key, value.scalarValue());
        });
        if (kind.equals("inject-fault") && !spec.containsKey("step")) {
            throw options.error("needs the step to fail, one of " + String.join(", ", RotationStep.wireNames()));
        }
        try {
            return new ArmFault(line, kind, FaultParser.parse(SCENARIO_SECRET, spec));
        } catch (AdminException e) {
            String field = e.field().orElse(null);
            if (field != null && fields.containsKey(field)) {
                throw fields.get(field).error(e.getMessage());
            }
            throw field == null || field.equals("fault") ? options.error(e.getMessage())
                    : options.missing(field, e.getMessage());
        }
    }

    private static Map<String, YamlNode> options(YamlNode options, String... allowed) {
        return options == null ? Map.of() : options.mapping(Set.of(allowed));
    }

    private static YamlNode required(YamlNode options, YamlNode item, String what) {
        if (options == null) {
            throw item.error("needs " + what);
        }
        return options;
    }

    private static boolean flag(Map<String, YamlNode> options, String key, boolean fallback) {
        return options.containsKey(key) ? options.get(key).bool() : fallback;
    }

    private static Expectation expectation(Map<String, YamlNode> options, Expectation fallback) {
        YamlNode node = options.get("expect");
        if (node == null) {
            return fallback;
        }
        return Expectation.parse(node.text()).orElseThrow(() -> node.error("expected succeeds, fails, fails-at <step>"
                + " (" + String.join(", ", RotationStep.wireNames()) + "), abandoned, rejected, none or any"));
    }

    private static Duration waitDuration(YamlNode node) {
        Duration duration = duration(node);
        if (duration.compareTo(MAX_WAIT) > 0 || duration.isNegative()) {
            throw node.error("wait at most " + MAX_WAIT.toMinutes() + " minutes");
        }
        return duration;
    }

    /** {@code 500ms}, {@code 2s}, {@code 5m}, {@code 4h}, {@code 30d} or ISO-8601 ({@code P30D}, {@code PT4H}). */
    static Duration duration(YamlNode node) {
        String text = node.text().trim();
        try {
            if (text.startsWith("P") || text.startsWith("p")) {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            Matcher m = DURATION.matcher(text);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            }
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            // fall through to the error
        }
        throw node.error("'" + text + "' is not a duration (e.g. 500ms, 2s, 4h, 30d, P30D)");
    }

    private static Map.Entry<String, Reader> kind(String name, Reader reader) {
        return Map.entry(name, reader);
    }

    /** The kinds in order, as an unmodifiable map that keeps it. */
    @SafeVarargs
    private static Map<String, Reader> table(Map.Entry<String, Reader>... kinds) {
        Map<String, Reader> table = new LinkedHashMap<>();
        for (Map.Entry<String, Reader> kind : kinds) {
            table.put(kind.getKey(), kind.getValue());
        }
        return Collections.unmodifiableMap(table);
    }
}
