package dev.rotor.harness.runner;

import dev.rotor.harness.clients.Attempt;
import dev.rotor.harness.clients.Client;
import dev.rotor.harness.result.ClientAvailability;
import dev.rotor.harness.result.ClientVerdict;
import dev.rotor.harness.result.TimelineEntry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One client connecting during a rotation on its own thread, paced so that it does not starve the function on a small
 * machine; its final connection, after the rotation, decides whether it is locked out.
 */
final class ClientProbe {
    private static final long PAUSE_MILLIS = 20;
    /** A connection is at most a few logins; this bounds a stuck server. */
    private static final long PROBE_LIMIT_MILLIS = 30_000;

    private final Client client;
    private final Clock clock = Clock.systemUTC();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;
    private int probes;
    private int failed;
    private Instant outageStart;
    private Duration longest = Duration.ZERO;
    private ClientVerdict verdict = ClientVerdict.AVAILABLE;

    ClientProbe(Client client) {
        this.client = client;
        this.thread = new Thread(this::loop, "rotor-prober-" + client.profile().id());
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        stop.countDown();
    }

    /** Waits for the probe under way (interrupting it would count a false failure), then connects once more. */
    void finish() throws InterruptedException {
        stop();
        thread.join(PROBE_LIMIT_MILLIS);
        boolean connected = probe();
        synchronized (this) {
            verdict = !connected ? ClientVerdict.LOCKED_OUT
                    : failed > 0 ? ClientVerdict.WINDOW : ClientVerdict.AVAILABLE;
            if (outageStart != null) {
                Duration outage = Duration.between(outageStart, clock.instant());
                longest = outage.compareTo(longest) > 0 ? outage : longest;
                outageStart = null;
            }
        }
    }

    private void loop() {
        try {
            do {
                probe();
            } while (!stop.await(PAUSE_MILLIS, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean probe() throws InterruptedException {
        Attempt attempt;
        try {
            attempt = client.connect();
        } catch (RuntimeException e) {
            attempt = new Attempt(false, "?", "could not read the secret: " + e.getMessage());
        }
        record(attempt);
        return attempt.connected();
    }

    private synchronized void record(Attempt attempt) {
        String id = client.profile().id();
        Instant now = clock.instant();
        probes++;
        if (!attempt.connected()) {
            failed++;
            if (outageStart == null) {
                outageStart = now;
                timeline.add(new TimelineEntry(now, "probe", id + ": connection as " + attempt.user() + " failed: "
                        + attempt.detail(), false));
            }
        } else if (outageStart != null) {
            Duration outage = Duration.between(outageStart, now);
            longest = outage.compareTo(longest) > 0 ? outage : longest;
            timeline.add(new TimelineEntry(now, "probe", id + ": connects again as " + attempt.user() + " after "
                    + outage.toMillis() + " ms", true));
            outageStart = null;
        }
    }

    synchronized ClientAvailability availability() {
        return new ClientAvailability(client.profile(), probes, failed, longest, verdict);
    }

    synchronized List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }
}
