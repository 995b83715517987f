package dev.rotor.emulator.lambda;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The small HTTP/1.1 server under one function's Runtime API, on 127.0.0.1 and a free port. It writes response header
 * names exactly as given: the JDK's {@code com.sun.net.httpserver} rewrites them ({@code Lambda-runtime-aws-request-id}),
 * which custom runtimes that compare names exactly do not recognise. Persistent connections, {@code Content-Length}
 * and chunked request bodies, {@code Expect: 100-continue}, TCP_NODELAY (without it each warm invoke waits ~40 ms for
 * delayed ACKs). One thread per connection: a handler may block (the long-polled {@code next}).
 */
final class RuntimeHttpServer implements AutoCloseable {

    /** Answers one request; may block until it has an answer. */
    interface Handler {
        Response handle(Request request) throws InterruptedException;
    }

    /**
     * One request. Header names are lower case; {@code bodyTooLarge} says the body was longer than the server's limit
     * and was cut there.
     */
    record Request(String method, String path, String version, Map<String, String> headers, byte[] body,
                   boolean bodyTooLarge) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** One answer: {@code headers} are written in this order with these exact names. */
    record Response(int status, List<Map.Entry<String, String>> headers, byte[] body) {

        static Response json(int status, String body) {
            return new Response(status, List.of(Map.entry("Content-Type", "application/json")),
                    body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final Handler handler;
    private final int maxBodyBytes;
    private final ServerSocket listener;
    private final ExecutorService threads;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

    RuntimeHttpServer(String name, int maxBodyBytes, Handler handler) throws IOException {
        this.handler = handler;
        this.maxBodyBytes = maxBodyBytes;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        threads.execute(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket connection = listener.accept();
                connections.add(connection);
                threads.execute(() -> serve(connection));
            } catch (IOException | RejectedExecutionException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection; InputStream in = new BufferedInputStream(connection.getInputStream());
             OutputStream out = new BufferedOutputStream(connection.getOutputStream())) {
            connection.setTcpNoDelay(true);
            boolean open = true;
            while (open) {
                Request request;
                try {
                    request = HttpRequestReader.read(in, out, maxBodyBytes);
                } catch (HttpRequestReader.BadRequest e) {
                    write(out, Response.json(400, "{\"errorMessage\":\"" + e.getMessage()
                            + "\",\"errorType\":\"InvalidRequest\"}"), false);
                    return;
                }
                if (request == null) {
                    return;
                }
                open = keepAlive(request);
                write(out, handler.handle(request), open);
            }
        } catch (IOException | InterruptedException gone) {
            // the client went away, or the server is closing
        } finally {
            connections.remove(connection);
        }
    }

    private static boolean keepAlive(Request request) {
        String connection = request.header("connection");
        if (request.version().equals("HTTP/1.0")) {
            return "keep-alive".equalsIgnoreCase(connection);
        }
        return !"close".equalsIgnoreCase(connection);
    }

    private static void write(OutputStream out, Response response, boolean keepAlive) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(response.status()).append(' ')
                .append(reason(response.status())).append("\r\n");
        for (Map.Entry<String, String> header : response.headers()) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        head.append("Content-Length: ").append(response.body().length).append("\r\n");
        if (!keepAlive) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(response.body());
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 202 -> "Accepted";
            case 403 -> "Forbidden";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 413 -> "Payload Too Large";
            default -> "Status";
        };
    }

    /** Stops accepting, closes every connection (a blocked {@code next} ends) and stops the threads. */
    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket connection : connections) {
            try {
                connection.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        threads.shutdownNow();
    }
}
