package dev.rotor.emulator.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Answers a body declared longer than the server takes with 413 before any route runs, for every route alike, and
 * reads and drops that body first, so that a client still sending reads the answer instead of a connection reset
 * (closing a socket with unread bytes resets it); the connection then serves its next request. Up to
 * {@link #DRAIN_LIMIT_BYTES}; beyond that the answer closes the connection.
 */
final class OversizeBodies implements Handler {
    static final long DRAIN_LIMIT_BYTES = 16L * 1024 * 1024;

    private final long maxBodyBytes;

    OversizeBodies(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        long declared = ctx.contentLength();
        if (declared <= maxBodyBytes) {
            return;
        }
        if (declared > DRAIN_LIMIT_BYTES) {
            ctx.header("Connection", "close");
        } else {
            ctx.req().getInputStream().transferTo(OutputStream.nullOutputStream());
        }
        JsonErrors.send(ctx, 413, ProtocolErrors.type(413), "The request body is larger than " + maxBodyBytes
                + " bytes.");
        ctx.skipRemainingHandlers();
    }
}
