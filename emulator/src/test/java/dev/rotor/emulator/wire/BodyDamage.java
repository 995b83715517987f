package dev.rotor.emulator.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Damage to a whole request body that carries the canary in an unknown member: cut short, bytes that are not UTF-8,
 * the canary as a bare token or a comment, duplicate keys, something after the object, not an object at all.
 */
final class BodyDamage {
    /** Wraps a body into an API request. */
    interface Sender {
        HostileRequests.Hostile api(String operation, String description, byte[] body);
    }

    private static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82});

    private BodyDamage() {
    }

    static HostileRequests.Hostile apply(SplittableRandom random, String operation, ObjectNode body, String canary,
                                         Sender sender) {
        String text = body.toString();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(12)) {
            case 0 -> sender.api(operation, "body cut short",
                    Arrays.copyOf(bytes, random.nextInt(Math.max(1, bytes.length))));
            case 1 -> sender.api(operation, "bytes that are not UTF-8", insert(bytes, random.nextInt(bytes.length),
                    BAD_UTF8.get(random.nextInt(BAD_UTF8.size()))));
            case 2 -> sender.api(operation, "the canary as a bare token", utf8(text.replace("\"" + canary + "\"", canary)));
            case 3 -> sender.api(operation, "a comment", utf8("{/* " + canary + " */" + text.substring(1)));
            case 4 -> sender.api(operation, "duplicate keys", utf8(text.substring(0, text.length() - 1)
                    + duplicate(random, body) + "}"));
            case 5 -> sender.api(operation, "something after the object", utf8(text + " " + canary));
            case 6 -> sender.api(operation, "not an object", utf8(List.of("[\"" + canary + "\"]", "\"" + canary + "\"", "42",
                    "null", "true", "[" + text + "]").get(random.nextInt(6))));
            case 7 -> sender.api(operation, "a byte-order mark",
                    RawHttp.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes));
            case 8 -> sender.api(operation, "single quotes", utf8(text.replace('"', '\'')));
            case 9 -> sender.api(operation, "an empty or blank body", utf8(List.of("", " ", "\n\t", "\u0000").get(
                    random.nextInt(4))));
            case 10 -> sender.api(operation, "flipped bytes", flip(random, bytes));
            default -> sender.api(operation, "the canary as a key", utf8("{\"" + canary + "\": " + text + "}"));
        };
    }

    private static String duplicate(SplittableRandom random, ObjectNode body) {
        if (body.isEmpty()) {
            return "\"SecretId\":1";
        }
        List<String> names = new java.util.ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        return ",\"" + name + "\":" + List.of("null", "5", "[]", "{}", "\"dup\"").get(random.nextInt(5));
    }

    private static byte[] flip(SplittableRandom random, byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 0, n = 1 + random.nextInt(5); i < n && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        return RawHttp.concat(Arrays.copyOf(bytes, at), inserted, Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
