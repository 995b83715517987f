package dev.rotor.emulator.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hostile JSON values for a member of some kind: nulls, other types, huge and strange strings, deep nesting, numbers
 * past every range, and values aimed at the kind itself (schedules, filters, tags, labels, blobs, policies, ids).
 * Raw JSON text, not always valid. The canary, when given, goes into the text values.
 */
final class HostileValues {
    /** A value and what it is. */
    record Value(String description, byte[] json) {
        static Value of(String description, String json) {
            return new Value(description, json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final List<String> OTHER_TYPES = List.of("null", "42", "-1", "3.5", "true", "false", "\"text\"",
            "[]", "{}", "[1,2]", "{\"a\":{}}");
    private static final List<String> ODD_NUMBERS = List.of("1e400", "-0", "0", "9223372036854775808",
            "-9223372036854775809", "1.0E-400", "2147483648", "-2147483649", "1e5", "0.5", "00012", "NaN", "-Infinity");
    private static final List<String> ODD_TEXT = List.of("\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"",
            "\"\\udfff\\ud800\"", "\"\u202e\u0645\"", "\"\\\\\\\\\\\\\"", "\"%s%n%x\"", "\"${jndi:ldap://x}\"",
            "\"'; DROP TABLE s;--\"", "\"../../etc/passwd\"", "\"\uD83D\uDE00\"", "\"\\t\\r\\n\"");
    private static final List<String> SCHEDULES = List.of("rate(99999999999999999999 days)", "rate(2147483648 days)",
            "rate(0 days)", "rate(4 hours)", "rate(3 hours)", "rate(1001 days)", "rate(1 day)", "rate(-1 days)",
            "rate( days)", "rate", "cron", "cron()", "cron(0 0 * * ? *)", "cron(0 99 * * ? *)", "cron(0 0 31 2 ? *)",
            "cron(0 0 L * ? *)", "cron(0 0 ? * 7#5 *)", "cron(0 */1 * * ? *)", "cron(0 0/0 * * ? *)",
            "cron(0 0 1-31/99999999999 * ? *)", "cron(0 0 1/2147483647 * ? *)", "cron(0 0 ? * MON-SUN#9 *)",
            "cron(0 0 ? * MON# *)", "cron(0 0 ? * #2 *)", "cron(0 0,4,8,12,16,20 * * ? *)", "cron(0 4 ? * MON-FRI *)",
            "cron(0 0 99999999999 * ? *)", "cron(0 0 ? * 9L *)", "cron(0 4 ? * 0L *)", "cron(0 0 L-99 * ? *)",
            "cron(0 0 ? * * *)", "cron(* * * * * *)", "cron(0 0 ,, * ? *)", "cron(0 0 5-1 * ? *)",
            "cron(0 0 ? JAN-DEC SUN-SAT *)");
    private static final List<String> DURATIONS = List.of("1h", "24h", "99h", "0h", "2h", "25h");
    private static final List<String> FILTERS = List.of("[{\"Key\":5,\"Values\":[\"a\"]}]", "[{\"Values\":[\"a\"]}]",
            "[{\"Key\":\"name\"}]", "[{\"Key\":\"all\",\"Values\":[\"+\"]}]", "[null]", "[{\"Key\":\"name\",\"Values\":[null]}]",
            "[{\"Key\":\"all\",\"Values\":[\"!\"]}]", "[{\"Key\":\"description\",\"Values\":[\"" + "x".repeat(600) + "\"]}]",
            "[{\"Key\":\"all\",\"Values\":[\"a b c d e f !g\"]}]", "[{\"Key\":\"tag-value\",\"Values\":[\"\"]}]",
            "[{\"Key\":\"name\",\"Values\":[" + "\"a\",".repeat(10) + "\"a\"]}]",
            "[" + "{\"Key\":\"name\",\"Values\":[\"a\"]},".repeat(10) + "{\"Key\":\"name\",\"Values\":[\"a\"]}]",
            "[{\"Key\":\"all\",\"Values\":[\"\\u00e9t\\u00e9 \\u00c9T\\u00c9\"]}]", "{\"Key\":\"name\"}",
            "[{\"Key\":\"colour\",\"Values\":[\"a\"]}]", "[{\"Key\":\"name\",\"Values\":\"a\"}]");
    private static final List<String> TAGS = List.of("[{\"Key\":null}]", "[{\"Value\":\"v\"}]",
            "[{\"Key\":{\"a\":1},\"Value\":\"v\"}]", "[null]", "[{\"Key\":\"\",\"Value\":\"\"}]",
            "[{\"Key\":\"" + "k".repeat(200) + "\"}]", "[{\"Key\":\"a\",\"Value\":\"1\"},{\"Key\":\"a\",\"Value\":\"2\"}]",
            "[" + "{\"Key\":\"t\",\"Value\":\"v\"},".repeat(60) + "{\"Key\":\"t\"}]", "{\"Key\":\"a\"}");
    private static final List<String> LISTS = List.of("[null]", "[5]", "[\"\"]", "[[]]", "[{}]",
            "[" + "\"L\",".repeat(24) + "\"L\"]", "[\"" + "x".repeat(300) + "\"]", "[\"AWSCURRENT\",\"AWSCURRENT\"]",
            "[\"AWSPENDING\",\"AWSPREVIOUS\",\"AWSCURRENT\"]", "\"AWSCURRENT\"");
    private static final List<String> IDS = List.of("", "arn:", "arn:aws:secretsmanager:us-east-1:000000000000:secret:",
            "arn:aws:secretsmanager:us-east-1:000000000000:secret:fuzz/seed-0", "fuzz/seed-0-abcdef", "*",
            "a".repeat(3000), "arn:aws:secretsmanager:::secret:x-123456", "fuzz/seed-0\u0000");

    private final SplittableRandom random;
    private final String canary;

    /** {@code canary} null: the member may legitimately be quoted back (a name, an id), so it carries none. */
    HostileValues(SplittableRandom random, String canary) {
        this.random = random;
        this.canary = canary;
    }

    /**
     * The sweep's values for a member of {@code kind}: every value aimed at the kind, a huge string, deep nesting, and
     * {@code generic} of the values any member may get (a different sample for each member).
     */
    List<Value> sweep(FuzzModel.Kind kind, int generic) {
        List<Value> values = new ArrayList<>(forKind(kind));
        values.add(hugeString(65_537));
        values.add(deepNesting(1_001, random.nextBoolean()));
        List<Value> any = generic();
        for (int i = 0; i < generic; i++) {
            values.add(any.get(random.nextInt(any.size())));
        }
        return values;
    }

    private List<Value> generic() {
        List<Value> values = new ArrayList<>(described("another type", OTHER_TYPES));
        values.addAll(described("odd text", ODD_TEXT));
        values.addAll(described("odd number", ODD_NUMBERS));
        values.add(Value.of("a text", quoted(text())));
        return values;
    }

    /** One hostile value: half the time aimed at the kind (the likeliest to reach deep code), else any. */
    Value any(FuzzModel.Kind kind) {
        return switch (random.nextInt(8)) {
            case 0 -> hugeString(pick(List.of(1_000, 4_097, 65_537, 300_000)));
            case 1 -> deepNesting(pick(List.of(20, 999, 1_001, 5_000)), random.nextBoolean());
            case 2, 3 -> pick(generic());
            default -> pick(forKind(kind));
        };
    }

    private List<Value> forKind(FuzzModel.Kind kind) {
        return switch (kind) {
            case RULES -> rules();
            case FILTERS -> described("filters", FILTERS);
            case TAGS -> described("tags", TAGS);
            case LABELS, STRINGS, REGIONS, ITEMS -> described("a list", LISTS);
            case BLOB -> described("a blob", List.of(quoted("%%" + text()), "\"\"", "\"AAAA====\"", "\"A\"",
                    quoted(Base64.getEncoder().encodeToString(new byte[70_000]))));
            case POLICY -> described("a policy", List.of(quoted("{" + text()), quoted("not json " + text()),
                    quoted("{\"Statement\": \"" + text() + "\"}"), quoted("[]"), quoted("null"), quoted("{\"Version\":"
                            + "\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\","
                            + "\"Resource\":\"*\"}]}"), quoted("[".repeat(3000)), quoted("{\"Statement\":{\"a\":"
                            + "[".repeat(900) + "]}}")));
            case ID, NAME -> described("an id", IDS.stream().map(HostileValues::quoted).toList());
            case NUMBER -> described("a number", ODD_NUMBERS);
            default -> described("a long text", List.of(quoted(text() + "x".repeat(5000))));
        };
    }

    private List<Value> rules() {
        List<Value> values = new ArrayList<>(described("rotation rules", List.of("{}", "{\"AutomaticallyAfterDays\":0}",
                "{\"AutomaticallyAfterDays\":-5}", "{\"AutomaticallyAfterDays\":1001}", "{\"AutomaticallyAfterDays\":1e20}",
                "{\"AutomaticallyAfterDays\":7,\"ScheduleExpression\":\"rate(10 days)\"}")));
        List<String> rules = new ArrayList<>();
        DURATIONS.forEach(d -> rules.add("{\"Duration\":\"" + d + "\"}"));
        SCHEDULES.forEach(s -> rules.add("{\"ScheduleExpression\":\"" + s + "\""
                + (random.nextBoolean() ? ",\"Duration\":\"" + pick(DURATIONS) + "\"" : "") + "}"));
        values.addAll(described("rotation rules", rules));
        return values;
    }

    /** Values named by their kind and, when short, their text, so that a failure names the value to replay. */
    private static List<Value> described(String description, List<String> json) {
        return json.stream().map(j -> Value.of(j.length() <= 60 ? description + " " + j : description, j)).toList();
    }

    private Value hugeString(int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        if (canary != null) {
            text.insert(random.nextInt(text.length()), canary);
        }
        return Value.of("a string of " + length + " characters", quoted(text.toString()));
    }

    private Value deepNesting(int depth, boolean arrays) {
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        return Value.of((arrays ? "arrays" : "objects") + " nested " + depth + " deep",
                open.repeat(depth) + quoted(text()) + close.repeat(depth));
    }

    /** Some text with the canary in it when this member may carry it. */
    private String text() {
        return canary == null ? "plain-" + random.nextInt(1000) : "value " + canary + " end";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
