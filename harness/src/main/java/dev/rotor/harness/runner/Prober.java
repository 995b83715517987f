package dev.rotor.harness.runner;

import dev.rotor.harness.database.LoginResult;
import dev.rotor.harness.database.ScenarioDatabase;
import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.TimelineEntry;
import dev.rotor.harness.secret.SecretVersion;
import dev.rotor.harness.secret.SecretView;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Plays the application during a rotation: reads AWSCURRENT, logs in, and on an authentication failure re-reads the
 * secret and retries once. Counts failed logins and the longest outage.
 */
final class Prober implements AutoCloseable {
    /** Pacing between probes, so that the prober does not starve the function on a small machine. */
    private static final long PAUSE_MILLIS = 20;

    private static final long PROBE_LIMIT_MILLIS = 30_000;

    private final SecretView secret;
    private final ScenarioDatabase database;
    private final Clock clock = Clock.systemUTC();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;
    private int probes;
    private int failed;
    private Instant outageStart;
    private Duration longest = Duration.ZERO;

    private Prober(SecretView secret, ScenarioDatabase database) {
        this.secret = secret;
        this.database = database;
        this.thread = new Thread(this::loop, "rotor-prober");
        this.thread.setDaemon(true);
    }

    /** A prober that starts probing at once. */
    static Prober start(SecretView secret, ScenarioDatabase database) {
        Prober prober = new Prober(secret, database);
        prober.thread.start();
        return prober;
    }

    private void loop() {
        try {
            do {
                probeOnce();
            } while (!stop.await(PAUSE_MILLIS, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void probeOnce() {
        boolean ok;
        String user = "?";
        try {
            SecretVersion current = secret.current();
            user = current.username();
            LoginResult result = database.login(user, current.password());
            if (result instanceof LoginResult.Refused) {
                current = secret.current();
                user = current.username();
                result = database.login(user, current.password());
            }
            ok = result.accepted();
        } catch (RuntimeException e) {
            ok = false;
        }
        record(ok, user);
    }

    private synchronized void record(boolean ok, String user) {
        if (stop.getCount() == 0 && !ok) {
            return; // a probe cut short by closing proves nothing
        }
        Instant now = clock.instant();
        probes++;
        if (!ok) {
            failed++;
            if (outageStart == null) {
                outageStart = now;
                timeline.add(new TimelineEntry(now, "probe", "login refused for " + user, false));
            }
        } else if (outageStart != null) {
            Duration outage = Duration.between(outageStart, now);
            longest = outage.compareTo(longest) > 0 ? outage : longest;
            timeline.add(new TimelineEntry(now, "probe", "login works again for " + user + " after "
                    + outage.toMillis() + " ms", true));
            outageStart = null;
        }
    }

    /** Stops probing and waits for the probe under way (interrupting it would count a false failure). */
    @Override
    public void close() {
        stop.countDown();
        try {
            thread.join(PROBE_LIMIT_MILLIS); // a probe is one login and one query; this bounds a stuck server
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (outageStart != null) {
                Duration outage = Duration.between(outageStart, clock.instant());
                longest = outage.compareTo(longest) > 0 ? outage : longest;
                outageStart = null;
            }
        }
    }

    synchronized Availability availability() {
        return new Availability(probes, failed, longest);
    }

    synchronized List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }
}
