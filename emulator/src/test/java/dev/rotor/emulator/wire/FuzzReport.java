package dev.rotor.emulator.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Judges every answer of a fuzz run and keeps the figures: requests, answers by status, and each kind of failure
 * (5xx, stack trace, Java class name, not AWS-shaped, canary echoed, no answer), with the first examples.
 */
final class FuzzReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|jakarta|sun|kotlin)\\.[a-z]+\\.|"
            + "com\\.fasterxml|org\\.(eclipse|h2|slf4j)\\.|io\\.javalin|dev\\.rotor\\.|Jackson|JsonToken|\\[Source:");
    private static final Pattern STACK_TRACE = Pattern.compile("\\tat |\\bat [a-z]+\\.[a-zA-Z.$]+\\(|Exception: |Caused by:");
    private static final int EXAMPLES = 15;

    private final String canary;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, Integer> failures = new TreeMap<>();
    private final List<String> examples = new ArrayList<>();
    private int requests;
    private int answers;

    FuzzReport(String canary) {
        this.canary = canary.toLowerCase(Locale.ROOT);
        for (String kind : List.of("5xx", "stack trace", "class name", "not AWS-shaped", "echo", "no answer")) {
            failures.put(kind, 0);
        }
    }

    void record(HostileRequests.Hostile request, List<RawHttp.Answer> responses) {
        requests++;
        if (responses.isEmpty()) {
            fail("no answer", request, null);
        }
        for (RawHttp.Answer answer : responses) {
            answers++;
            statuses.merge(answer.status(), 1, Integer::sum);
            judge(request, answer);
        }
    }

    private void judge(HostileRequests.Hostile request, RawHttp.Answer answer) {
        String text = answer.text() + "\n" + answer.headers();
        if (answer.status() >= 500) {
            fail("5xx", request, answer);
        }
        if (STACK_TRACE.matcher(text).find()) {
            fail("stack trace", request, answer);
        }
        if (CLASS_NAME.matcher(text).find()) {
            fail("class name", request, answer);
        }
        if (answer.status() >= 400 && !awsShaped(answer)) {
            fail("not AWS-shaped", request, answer);
        }
        // a stored value comes back in a 200 by design; an error must never carry request content
        if (answer.status() >= 400 && text.toLowerCase(Locale.ROOT).contains(canary)) {
            fail("echo", request, answer);
        }
    }

    private static boolean awsShaped(RawHttp.Answer answer) {
        String type = answer.header("Content-Type");
        if (type == null || !(type.startsWith("application/x-amz-json-1.1") || type.startsWith("application/json"))) {
            return false;
        }
        try {
            JsonNode body = JSON.readTree(answer.body());
            String code = body.path("__type").asText("");
            String message = body.has("Message") ? body.path("Message").asText("") : body.path("message").asText("");
            return body.isObject() && !code.isBlank() && !message.isBlank() && code.equals(answer.header("x-amzn-ErrorType"));
        } catch (IOException e) {
            return false;
        }
    }

    private void fail(String kind, HostileRequests.Hostile request, RawHttp.Answer answer) {
        failures.merge(kind, 1, Integer::sum);
        if (examples.size() < EXAMPLES) {
            String got = answer == null ? "nothing" : answer.status() + " " + abbreviate(answer.text());
            examples.add(kind + ": " + request.description() + " -> " + got);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    int failureCount() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    int requests() {
        return requests;
    }

    String figures() {
        return "requests=" + requests + " answers=" + answers + " 5xx=" + failures.get("5xx") + " echoes="
                + failures.get("echo") + " stack traces=" + failures.get("stack trace") + " class names="
                + failures.get("class name") + " not AWS-shaped=" + failures.get("not AWS-shaped") + " unanswered="
                + failures.get("no answer") + " statuses=" + statuses;
    }

    String examples() {
        return String.join("\n", examples).replaceAll("(?i)" + Pattern.quote(canary), "<canary>");
    }
}
