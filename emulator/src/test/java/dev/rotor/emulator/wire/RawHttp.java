package dev.rotor.emulator.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP at the byte level, for what {@code java.net.http} will not send (any {@code Host}, wrong lengths, broken
 * headers): writes the bytes on a fresh connection, closes its sending side, and reads every response the server
 * writes until it closes the connection.
 */
public final class RawHttp {
    /** Only a guard against a server that never answers; no test measures time with it. */
    private static final int READ_TIMEOUT_MILLIS = 60_000;

    private RawHttp() {
    }

    /** One parsed response: status, headers (names in lower case) and body. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Every response to {@code request}, in order (none if the server closed without answering). */
    public static List<Answer> exchange(int port, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), READ_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
                socket.shutdownOutput();
            } catch (IOException closedEarly) {
                // the server may refuse and close before reading everything (431, 413): read what it said
            }
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request with a {@code Host} naming the emulator, the given extra header lines, and a correct length. */
    static byte[] request(String method, String path, int port, List<String> headers, byte[] body) {
        List<String> lines = new ArrayList<>();
        lines.add(method + " " + path + " HTTP/1.1");
        lines.add("Host: 127.0.0.1:" + port);
        lines.addAll(headers);
        lines.add("Content-Length: " + body.length);
        return join(lines, body);
    }

    /** Request head lines as given (no header added) followed by {@code body}. */
    public static byte[] join(List<String> lines, byte[] body) {
        return concat((String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), body);
    }

    /** The arrays one after the other. */
    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static List<Answer> parse(byte[] bytes) {
        List<Answer> answers = new ArrayList<>();
        int at = 0;
        while (at < bytes.length) {
            int headEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            if (headEnd < 0) {
                throw new IllegalStateException("a response without a complete head: "
                        + new String(bytes, at, bytes.length - at, StandardCharsets.ISO_8859_1));
            }
            String[] head = new String(bytes, at, headEnd - at, StandardCharsets.ISO_8859_1).split("\r\n");
            int status = Integer.parseInt(head[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
            }
            int bodyStart = headEnd + 4;
            String length = headers.get("content-length");
            boolean bodiless = status < 200 || status == 204 || status == 304;
            if (!bodiless && "chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                at = dechunk(bytes, bodyStart, body);
                answers.add(new Answer(status, headers, body.toByteArray()));
                continue;
            }
            int bodyEnd = bodiless ? bodyStart : length == null ? bytes.length : bodyStart + Integer.parseInt(length);
            byte[] body = java.util.Arrays.copyOfRange(bytes, bodyStart, Math.min(bodyEnd, bytes.length));
            answers.add(new Answer(status, headers, body));
            at = bodyEnd;
        }
        return answers;
    }

    /** Copies a chunked body starting at {@code at} into {@code body}; returns where the next response starts. */
    private static int dechunk(byte[] bytes, int at, ByteArrayOutputStream body) {
        byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        while (true) {
            int lineEnd = indexOf(bytes, crlf, at);
            String size = new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";", 2)[0].trim();
            int length = Integer.parseInt(size, 16);
            at = lineEnd + 2;
            if (length == 0) {
                return indexOf(bytes, crlf, at) + 2; // no trailers from the emulator: the blank line
            }
            body.write(bytes, at, length);
            at += length + 2;
        }
    }

    private static int indexOf(byte[] bytes, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= bytes.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
