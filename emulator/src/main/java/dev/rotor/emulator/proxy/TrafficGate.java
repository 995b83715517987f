package dev.rotor.emulator.proxy;

import java.util.concurrent.TimeUnit;

/**
 * The proxy's current mode, as the pipes see it: each chunk of bytes waits here until it may go on (not while the
 * traffic stalls; not before its latency passed). Also counts the bytes the proxy received, so tests can wait for
 * them instead of sleeping.
 */
final class TrafficGate {
    private ProxyMode mode = ProxyMode.PASS;
    private boolean closed;
    private long received;

    synchronized ProxyMode mode() {
        return mode;
    }

    synchronized void switchTo(ProxyMode next) {
        mode = next;
        notifyAll();
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }

    synchronized boolean closed() {
        return closed;
    }

    /**
     * Waits until bytes that arrived at {@code arrivedNanos} may be delivered: not while the traffic stalls, and,
     * for {@code answers} (bytes from the database), not before the latency passed. False once the proxy closed.
     */
    synchronized boolean awaitPassage(long arrivedNanos, boolean answers) throws InterruptedException {
        while (!closed) {
            if (mode instanceof ProxyMode.Stall) {
                wait();
                continue;
            }
            long delay = answers && mode instanceof ProxyMode.Latency latency ? latency.delay().toNanos() : 0;
            long left = arrivedNanos + delay - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return false;
    }

    synchronized void received(int bytes) {
        received += bytes;
        notifyAll();
    }

    /** Waits until the proxy received {@code total} bytes in all; false when the timeout passed first. */
    synchronized boolean awaitReceived(long total, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (received < total) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
