package dev.rotor.harness.scenario;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads one action: a bare name ({@code - rotate}) or a one-key mapping ({@code - rotate: {expect: fails}}). */
final class ActionReader {
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private ActionReader() {
    }

    static Action read(YamlNode item) {
        String kind;
        YamlNode options;
        if (item.isScalar()) {
            kind = item.text().trim();
            options = null;
        } else {
            Map<String, YamlNode> map = item.mapping(null);
            if (map.size() != 1) {
                throw item.error("an action is one of " + String.join(", ", Action.KINDS) + " with its options");
            }
            kind = map.keySet().iterator().next();
            options = map.get(kind);
            if (options.isNull()) {
                options = null;
            }
        }
        int line = item.line();
        return switch (kind) {
            case "rotate" -> {
                Map<String, YamlNode> o = options(options, "expect", "rotate-immediately");
                yield new Action.Rotate(line, expectation(o, Expectation.SUCCEEDS),
                        !o.containsKey("rotate-immediately") || o.get("rotate-immediately").bool());
            }
            case "retry-rotation" -> new Action.RetryRotation(line, expectation(options(options, "expect"),
                    Expectation.SUCCEEDS));
            case "wait" -> new Action.Wait(line, limited(duration(required(options, item, "a duration like 2s")), options));
            case "advance-clock" -> advanceClock(line, options, item);
            case "change-password-out-of-band" -> {
                Map<String, YamlNode> o = options(options, "update-secret");
                yield new Action.ChangePasswordOutOfBand(line, !o.containsKey("update-secret")
                        || o.get("update-secret").bool());
            }
            case "put-value" -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                required(options, item, "the fields to change").mapping(null).forEach((key, value) -> {
                    if (!value.isScalar()) {
                        throw value.error("fields are single values");
                    }
                    if (Set.of("username", "host", "port", "engine", "dbname", "masterarn").contains(key)) {
                        throw value.error("'" + key + "' cannot be changed by hand in a scenario");
                    }
                    fields.put(key, value.scalarValue());
                });
                yield new Action.PutValue(line, fields);
            }
            case "cancel-rotation" -> new Action.CancelRotation(line);
            case "remove-pending" -> new Action.RemovePending(line);
            case "restart-function" -> new Action.RestartFunction(line);
            case "inject-fault" -> {
                Map<String, YamlNode> o = options(required(options, item, "the step to fail"), "step", "times");
                YamlNode stepNode = o.get("step");
                if (stepNode == null || !Steps.isStep(stepNode.text())) {
                    throw (stepNode == null ? item : stepNode).error("step must be one of " + Steps.ALL);
                }
                long times = o.containsKey("times") ? o.get("times").number() : 1;
                if (times < 1 || times > 100) {
                    throw o.get("times").error("times must be 1 to 100");
                }
                yield new Action.InjectFault(line, stepNode.text(), (int) times);
            }
            default -> throw item.error("unknown action '" + kind + "' (expected one of " + String.join(", ",
                    Action.KINDS) + ")");
        };
    }

    private static Action advanceClock(int line, YamlNode options, YamlNode item) {
        if (options != null && options.isScalar()) {
            return new Action.AdvanceClock(line, duration(options), null);
        }
        Map<String, YamlNode> o = options(required(options, item, "how far, e.g. {by: P30D}"), "by", "expect");
        YamlNode by = o.get("by");
        if (by == null) {
            throw item.error("advance-clock needs 'by', e.g. P30D");
        }
        return new Action.AdvanceClock(line, duration(by), expectation(o, null));
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

    private static Expectation expectation(Map<String, YamlNode> options, Expectation fallback) {
        YamlNode node = options.get("expect");
        if (node == null) {
            return fallback;
        }
        return Expectation.parse(node.text()).orElseThrow(() -> node.error("expected succeeds, fails, fails-at <step>"
                + " (createSecret, setSecret, testSecret, finishSecret), rejected, none or any"));
    }

    private static Duration limited(Duration duration, YamlNode node) {
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
                return Duration.parse(text.toUpperCase(java.util.Locale.ROOT));
            }
            var m = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)").matcher(text);
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
}
