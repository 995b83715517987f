package dev.rotor.emulator.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Damage to an API request's head: the target missing, doubled or naming something else, odd content types, lengths
 * that lie (longer, shorter, not a number, twice), chunking (good and bad), malformed and oversized header lines,
 * foreign hosts and origins, {@code Expect}, and a second request pipelined behind the first.
 */
final class HeaderDamage {
    private HeaderDamage() {
    }

    static HostileRequests.Hostile apply(SplittableRandom random, String operation, byte[] body, String canary, int port) {
        List<String> head = new ArrayList<>(List.of("POST / HTTP/1.1", "Host: 127.0.0.1:" + port));
        String target = "X-Amz-Target: secretsmanager." + operation;
        String type = "Content-Type: application/x-amz-json-1.1";
        String length = "Content-Length: " + body.length;
        byte[] payload = body;
        String description;
        switch (random.nextInt(16)) {
            case 0 -> {
                description = "no X-Amz-Target";
                head.addAll(List.of(type, length));
            }
            case 1 -> {
                description = "an X-Amz-Target holding the canary";
                head.addAll(List.of("X-Amz-Target: " + List.of("secretsmanager." + canary, canary, "kms." + canary)
                        .get(random.nextInt(3)), type, length));
            }
            case 2 -> {
                description = "another X-Amz-Target";
                head.addAll(List.of("X-Amz-Target: " + List.of("kms.ListKeys", "secretsmanager.", ".ListSecrets",
                        "secretsmanager.listsecrets", "secretsmanager.ListSecrets.Extra", " ").get(random.nextInt(6)),
                        type, length));
            }
            case 3 -> {
                description = "two X-Amz-Target headers";
                head.addAll(List.of(target, "X-Amz-Target: secretsmanager.DeleteSecret", type, length));
            }
            case 4 -> {
                description = "an odd Content-Type";
                head.addAll(List.of(target, "Content-Type: " + List.of("text/plain", canary, "application/json; charset="
                        + canary, "", "multipart/form-data; boundary=" + canary).get(random.nextInt(5)), length));
            }
            case 5 -> {
                int declared = random.nextBoolean() ? body.length + 1 + random.nextInt(100) : random.nextInt(body.length + 1);
                description = "a Content-Length of " + declared + " for " + body.length + " bytes";
                head.addAll(List.of(target, type, "Content-Length: " + declared));
            }
            case 6 -> {
                description = "a Content-Length that is not a length";
                head.addAll(List.of(target, type, "Content-Length: " + List.of(canary, "-5", "99999999999999999999",
                        "1e3", "0x10", " ").get(random.nextInt(6))));
            }
            case 7 -> {
                description = "two different Content-Lengths";
                head.addAll(List.of(target, type, length, "Content-Length: " + (body.length + 7)));
            }
            case 8 -> {
                description = "no Content-Length";
                head.addAll(List.of(target, type));
            }
            case 9 -> {
                boolean good = random.nextBoolean();
                description = good ? "a chunked body" : "a chunked body with a bad chunk size";
                head.addAll(List.of(target, type, "Transfer-Encoding: chunked"));
                payload = chunked(body, good ? Integer.toHexString(body.length) : canary);
            }
            case 10 -> {
                description = "chunked and a Content-Length";
                head.addAll(List.of(target, type, length, "Transfer-Encoding: chunked"));
            }
            case 11 -> {
                description = "a malformed header line";
                head.addAll(List.of(target, type, List.of(canary, "Bad Name: " + canary, "X-Ctl: a\u0001" + canary,
                        " folded " + canary, "X-Amz-Date: " + canary, "Authorization: AWS4-HMAC-SHA256 Credential="
                                + canary).get(random.nextInt(6)), length));
            }
            case 12 -> {
                description = "an oversized header";
                head.addAll(List.of(target, type, "X-Big: " + canary + "b".repeat(20_000), length));
            }
            case 13 -> {
                description = "a foreign Host or Origin";
                head.set(1, random.nextBoolean() ? "Host: " + canary.toLowerCase() + ".example.com"
                        : "Host: 127.0.0.1:" + port);
                head.addAll(List.of(target, type, length, "Origin: https://" + canary.toLowerCase() + ".example"));
            }
            case 14 -> {
                description = "Expect: 100-continue";
                head.addAll(List.of(target, type, length, "Expect: 100-continue"));
            }
            default -> {
                description = "a second request pipelined behind the first";
                head.addAll(List.of(target, type, length));
                payload = RawHttp.concat(body, RawHttp.request("POST", "/", port, List.of("X-Amz-Target: secretsmanager.ListSecrets",
                        type), "{}".getBytes(StandardCharsets.UTF_8)));
            }
        }
        return new HostileRequests.Hostile(operation + " header: " + description, RawHttp.join(head, payload));
    }

    private static byte[] chunked(byte[] body, String size) {
        return RawHttp.concat((size + "\r\n").getBytes(StandardCharsets.ISO_8859_1), body,
                "\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
}
