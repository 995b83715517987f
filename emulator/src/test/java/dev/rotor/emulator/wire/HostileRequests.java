package dev.rotor.emulator.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of hostile AWS JSON 1.1 requests over every operation: members of the wrong type, nulls, huge
 * strings, deep nesting, odd numbers and text; bodies that are truncated, not UTF-8, not one object, with duplicate
 * keys; and broken headers and lengths. A canary goes where nothing may be echoed: secret values, policies, unknown
 * members, malformed tokens, header values and paths.
 */
final class HostileRequests {
    /** One request: what was done to it (for a failure report), and its bytes. */
    record Hostile(String description, byte[] bytes) {
    }

    private static final List<String> OPERATIONS = List.copyOf(FuzzModel.OPERATIONS.keySet());
    private static final int SWEEP_GENERIC_VALUES = 6;

    private final SplittableRandom random;
    private final FuzzModel model;
    private final int port;
    private final String canary;

    HostileRequests(long seed, FuzzModel model, int port) {
        this.random = new SplittableRandom(seed);
        this.model = model;
        this.port = port;
        this.canary = "Cny" + Long.toString(Math.abs(new SplittableRandom(seed).nextLong()), 36) + "Zq";
    }

    String canary() {
        return canary;
    }

    /**
     * The deterministic part: every operation, every member, every value aimed at the member's kind (and a sample of
     * the rest), so that each listed nasty value meets each member of its kind in every run.
     */
    List<Hostile> sweep() {
        List<Hostile> all = new ArrayList<>();
        for (String operation : OPERATIONS) {
            FuzzModel.OPERATIONS.get(operation).forEach((member, kind) -> {
                HostileValues values = new HostileValues(random, kind.sensitive() ? canary : null);
                for (HostileValues.Value value : values.sweep(kind, SWEEP_GENERIC_VALUES)) {
                    all.add(api(operation, "member " + member + ": " + value.description(),
                            splice(json(model.plausibleRequest(operation, random)), member, value.json())));
                }
            });
        }
        return all;
    }

    Hostile next() {
        String operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
        int roll = random.nextInt(100);
        if (roll < 15) {
            return api(operation, "plausible", json(model.plausibleRequest(operation, random)));
        }
        if (roll < 55) {
            return hostileMember(operation);
        }
        if (roll < 75) {
            return BodyDamage.apply(random, operation, withCanaryMember(operation), canary, this::api);
        }
        if (roll < 95) {
            return HeaderDamage.apply(random, operation, json(withCanaryMember(operation)), canary, port);
        }
        return offTheApi();
    }

    private Hostile hostileMember(String operation) {
        ObjectNode body = model.plausibleRequest(operation, random);
        List<String> members = new ArrayList<>(FuzzModel.OPERATIONS.get(operation).keySet());
        // structured members (lists, rules, policies) take more damage than plain strings: they reach more code
        List<String> structured = members.stream().filter(m -> FuzzModel.OPERATIONS.get(operation).get(m).structured())
                .toList();
        List<String> pool = !structured.isEmpty() && random.nextBoolean() ? structured : members;
        String member = pool.get(random.nextInt(pool.size()));
        FuzzModel.Kind kind = FuzzModel.OPERATIONS.get(operation).get(member);
        HostileValues values = new HostileValues(random, kind.sensitive() ? canary : null);
        HostileValues.Value value = values.any(kind);
        return api(operation, "member " + member + ": " + value.description(),
                splice(json(body), member, value.json()));
    }

    /** The body with {@code member} (replaced or added) holding raw JSON text, which may not parse. */
    private static byte[] splice(byte[] body, String member, byte[] rawValue) {
        String text = new String(body, StandardCharsets.UTF_8);
        String prefix = text.length() > 2 ? text.substring(0, text.length() - 1) + "," : "{";
        return RawHttp.concat((prefix + "\"" + member + "\":").getBytes(StandardCharsets.UTF_8), rawValue,
                "}".getBytes(StandardCharsets.UTF_8));
    }

    /** A plausible request plus an unknown member holding the canary (unknown members are ignored, never quoted). */
    private ObjectNode withCanaryMember(String operation) {
        ObjectNode body = model.plausibleRequest(operation, random);
        body.put("Note" + random.nextInt(10), canary);
        return body;
    }

    private Hostile api(String operation, String description, byte[] body) {
        List<String> head = List.of("POST / HTTP/1.1", "Host: 127.0.0.1:" + port,
                "X-Amz-Target: secretsmanager." + operation, "Content-Type: application/x-amz-json-1.1",
                "Content-Length: " + body.length);
        return new Hostile(operation + " " + description, RawHttp.join(head, body));
    }

    private Hostile offTheApi() {
        String[] methods = {"GET", "PUT", "DELETE", "PATCH", "OPTIONS", "POST"};
        String[] paths = {"/" + canary, "/_rotor/" + canary, "/?x=" + canary, "/_rotor/rotations/" + canary,
                "/_rotor/functions/" + canary + "/invocations", "/_rotor/journal?after=" + canary};
        String method = methods[random.nextInt(methods.length)];
        String path = paths[random.nextInt(paths.length)];
        List<String> head = List.of(method + " " + path + " HTTP/1.1", "Host: localhost:" + port,
                "Content-Type: application/json", "Content-Length: 2");
        return new Hostile("off the API: " + method + " " + path.replace(canary, "<canary>"),
                RawHttp.join(head, "{}".getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] json(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
