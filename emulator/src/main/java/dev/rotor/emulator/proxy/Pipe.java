package dev.rotor.emulator.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One direction of a proxied connection: a reader takes bytes off one socket as they come, a writer delivers each
 * chunk to the other socket once the {@link TrafficGate} lets it pass. Reading and delivering apart keeps a latency a
 * delay on each chunk rather than a throttle on the stream. The end of the input half-closes the output.
 */
final class Pipe {
    private static final byte[] END = new byte[0];

    private final Socket from;
    private final Socket to;
    private final boolean answers;
    private final TrafficGate gate;
    private final Runnable broken;
    private final BlockingQueue<Chunk> chunks = new LinkedBlockingQueue<>();

    private record Chunk(byte[] bytes, long arrivedNanos) {
    }

    /** {@code answers}: the bytes come from the database; {@code broken} runs when either socket fails. */
    Pipe(Socket from, Socket to, boolean answers, TrafficGate gate, Runnable broken) {
        this.from = from;
        this.to = to;
        this.answers = answers;
        this.gate = gate;
        this.broken = broken;
    }

    /** Starts the reader and the writer; {@code done} runs when the writer is finished. */
    void start(ExecutorService threads, Runnable done) {
        threads.execute(this::read);
        threads.execute(() -> {
            try {
                write();
            } finally {
                done.run();
            }
        });
    }

    private void read() {
        byte[] buffer = new byte[8192];
        try {
            // not closed here: closing a socket's stream closes the socket, and the other direction may go on
            InputStream in = from.getInputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                gate.received(n);
                chunks.add(new Chunk(Arrays.copyOf(buffer, n), System.nanoTime()));
            }
            chunks.add(new Chunk(END, System.nanoTime()));
        } catch (IOException e) {
            broken.run();
            chunks.add(new Chunk(END, System.nanoTime()));
        }
    }

    private void write() {
        try {
            OutputStream out = to.getOutputStream();
            while (true) {
                Chunk chunk = chunks.take();
                if (!gate.awaitPassage(chunk.arrivedNanos(), answers)) {
                    return;
                }
                if (chunk.bytes() == END) {
                    to.shutdownOutput();
                    return;
                }
                out.write(chunk.bytes());
                out.flush();
            }
        } catch (IOException e) {
            broken.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
