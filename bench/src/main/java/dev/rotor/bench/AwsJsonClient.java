package dev.rotor.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one client both servers get: a minimal HTTP/1.1 client over a plain socket, one keep-alive connection per
 * client thread, sending AWS JSON 1.1 requests with a SigV4-shaped Authorization header. The signature is not
 * computed: neither server verifies it, but moto reads the service and region from the credential scope to route the
 * request. A server that answers {@code Connection: close} (moto's development server does) gets a new connection
 * for the next request.
 *
 * <p>Why not {@code java.net.http.HttpClient}: on this 2-core machine it spent ~600 us of CPU per request, more than
 * the server under test, so the benchmark measured the client. This one costs a few tens of microseconds.
 */
final class AwsJsonClient implements AutoCloseable {
    private final String host;
    private final int port;
    private final String fixedHeaders;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();

    AwsJsonClient(URI endpoint) {
        this.host = endpoint.getHost();
        this.port = endpoint.getPort();
        String today = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE);
        this.fixedHeaders = "Host: " + host + ":" + port + "\r\n"
                + "Content-Type: application/x-amz-json-1.1\r\n"
                + "X-Amz-Date: " + today + "T000000Z\r\n"
                + "Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/" + today
                + "/us-east-1/secretsmanager/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target,"
                + " Signature=" + "0".repeat(64) + "\r\n";
    }

    /** An HTTP answer: status and body. */
    record Answer(int status, String body) {
        boolean ok() {
            return status == 200;
        }
    }

    Answer call(String operation, String jsonBody) throws IOException {
        byte[] body = jsonBody.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST / HTTP/1.1\r\n" + fixedHeaders + "X-Amz-Target: secretsmanager." + operation + "\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        Connection connection = connections.get();
        boolean reused = connection != null;
        if (!reused) {
            connection = open();
        }
        try {
            return exchange(connection, head, body);
        } catch (IOException e) {
            connection.close();
            connections.remove();
            if (!reused || connection.answered) {
                throw e;
            }
            // The server closed an idle keep-alive connection before reading this request: send it once more.
            return exchange(open(), head, body);
        }
    }

    /** Like {@link #call} but fails on anything but 200. */
    Answer require(String operation, String jsonBody) throws IOException {
        Answer answer = call(operation, jsonBody);
        if (!answer.ok()) {
            throw new IOException(operation + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    /** Closes the calling thread's connection. */
    @Override
    public void close() {
        Connection connection = connections.get();
        if (connection != null) {
            connection.close();
            connections.remove();
        }
    }

    /** A JSON string literal (the benchmark only sends ASCII names and values). */
    static String str(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private Connection open() throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 2000);
            socket.setSoTimeout(10_000);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        Connection connection = new Connection(socket);
        connections.set(connection);
        return connection;
    }

    private Answer exchange(Connection c, byte[] head, byte[] body) throws IOException {
        c.answered = false;
        c.out.write(head);
        c.out.write(body);
        c.out.flush();
        String status = c.line();
        c.answered = true;
        int code = Integer.parseInt(status.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean close = status.startsWith("HTTP/1.0");
        for (String line = c.line(); !line.isEmpty(); line = c.line()) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                close = value.equalsIgnoreCase("close");
            }
        }
        byte[] content;
        if (chunked) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(c.line().split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(c.line().split(";")[0].trim(), 16)) {
                all.write(c.in.readNBytes(size));
                c.line();
            }
            for (String trailer = c.line(); !trailer.isEmpty(); trailer = c.line()) {
                // trailers are ignored
            }
            content = all.toByteArray();
        } else if (length >= 0) {
            content = c.in.readNBytes(length);
            if (content.length < length) {
                throw new EOFException("response body cut short");
            }
        } else {
            content = c.in.readAllBytes();
            close = true;
        }
        if (close) {
            c.close();
            connections.remove();
        }
        return new Answer(code, new String(content, StandardCharsets.UTF_8));
    }

    /** One connection: buffered streams and whether the current request has seen its status line. */
    private static final class Connection {
        final Socket socket;
        final BufferedOutputStream out;
        final InputStream in;
        boolean answered;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = new BufferedOutputStream(socket.getOutputStream(), 8192);
            this.in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("connection closed");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
