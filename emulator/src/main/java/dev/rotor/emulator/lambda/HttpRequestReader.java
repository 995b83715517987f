package dev.rotor.emulator.lambda;

import dev.rotor.emulator.lambda.RuntimeHttpServer.Request;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one HTTP/1.1 request for {@link RuntimeHttpServer}: request line, headers (names lower-cased), then a body
 * given by {@code Content-Length} or chunked, answering {@code Expect: 100-continue} first. The body is kept up to a
 * limit; the rest is read and dropped, so the connection stays usable.
 */
final class HttpRequestReader {
    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEADERS = 100;
    /**
     * All header lines together. Lambda's Java runtime client sends a failure's X-Ray cause (up to 1 MiB, the error
     * message and stack included) as a header, so a long header is read, and dropped, rather than refused.
     */
    private static final int MAX_HEADER_BYTES = 2 * 1024 * 1024;

    private HttpRequestReader() {
    }

    /** Thrown for a request this server cannot read; the message is a fixed text, never the request's content. */
    static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    /** The next request, or {@code null} when the client closed the connection between requests. */
    static Request read(InputStream in, OutputStream out, int maxBodyBytes) throws IOException, BadRequest {
        String requestLine = line(in);
        while (requestLine != null && requestLine.isEmpty()) {
            requestLine = line(in); // a stray CRLF between requests is allowed
        }
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new BadRequest("Malformed request line");
        }
        Map<String, String> headers = new HashMap<>();
        int headerBytes = 0;
        while (true) {
            Line line = line(in, MAX_HEADER_BYTES - headerBytes);
            if (line == null) {
                throw new EOFException();
            }
            headerBytes += line.length();
            String header = line.text();
            if (header.isEmpty()) {
                break;
            }
            if (line.cut()) {
                continue; // longer than any header this server reads
            }
            int colon = header.indexOf(':');
            if (colon <= 0 || headers.size() > MAX_HEADERS || Character.isWhitespace(header.charAt(0))) {
                throw new BadRequest("Malformed header");
            }
            headers.merge(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    header.substring(colon + 1).trim(), (a, b) -> a + "," + b);
        }
        String path = parts[1];
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if ("100-continue".equalsIgnoreCase(headers.get("expect"))) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        Body body = new Body(maxBodyBytes);
        String encoding = headers.get("transfer-encoding");
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            readChunked(in, body);
        } else if (headers.containsKey("content-length")) {
            body.copy(in, contentLength(headers.get("content-length")));
        }
        return new Request(parts[0], path, parts[2], Map.copyOf(headers), body.bytes(), body.tooLarge());
    }

    private static long contentLength(String value) throws BadRequest {
        try {
            long length = Long.parseLong(value.trim());
            if (length < 0) {
                throw new BadRequest("Bad Content-Length");
            }
            return length;
        } catch (NumberFormatException e) {
            throw new BadRequest("Bad Content-Length");
        }
    }

    private static void readChunked(InputStream in, Body body) throws IOException, BadRequest {
        while (true) {
            String sizeLine = line(in);
            if (sizeLine == null) {
                throw new EOFException();
            }
            int semicolon = sizeLine.indexOf(';');
            long size;
            try {
                size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new BadRequest("Bad chunk size");
            }
            if (size < 0) {
                throw new BadRequest("Bad chunk size");
            }
            if (size == 0) {
                for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                    // trailers are ignored
                }
                return;
            }
            body.copy(in, size);
            line(in); // the CRLF after the chunk's data
        }
    }

    /** A request body kept up to a limit; what is beyond it is read and dropped. */
    private static final class Body {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final int limit;
        private boolean tooLarge;

        Body(int limit) {
            this.limit = limit;
        }

        void copy(InputStream in, long length) throws IOException {
            byte[] buffer = new byte[8192];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new EOFException();
                }
                int room = limit - kept.size();
                if (n > room) {
                    tooLarge = true;
                }
                kept.write(buffer, 0, Math.min(n, Math.max(room, 0)));
                left -= n;
            }
        }

        byte[] bytes() {
            return kept.toByteArray();
        }

        boolean tooLarge() {
            return tooLarge;
        }
    }

    /** One line without its CR LF (or LF), at most {@link #MAX_LINE} long; {@code null} at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        Line line = line(in, MAX_LINE);
        if (line != null && line.cut()) {
            throw new SocketException("Line too long");
        }
        return line == null ? null : line.text();
    }

    /**
     * One line without its CR LF (or LF), or {@code null} at the end of the stream before any byte. Its first
     * {@link #MAX_LINE} characters are kept and the rest is read and dropped; beyond {@code limit} bytes the
     * connection is given up.
     */
    private static Line line(InputStream in, int limit) throws IOException {
        StringBuilder kept = new StringBuilder();
        int length = 0;
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int end = kept.length();
                boolean cut = length > MAX_LINE;
                String text = !cut && end > 0 && kept.charAt(end - 1) == '\r' ? kept.substring(0, end - 1)
                        : kept.toString();
                return new Line(text, length + 1, cut);
            }
            if (++length > limit) {
                throw new SocketException("Headers too long");
            }
            if (length <= MAX_LINE) {
                kept.append((char) c);
            }
        }
        if (length > 0) {
            throw new EOFException();
        }
        return null;
    }

    /** A line as read: its kept text, its length on the wire, and whether it was longer than what is kept. */
    private record Line(String text, int length, boolean cut) {
    }

}
