package dev.rotor.harness.runner;

import dev.rotor.harness.database.LoginResult;

import dev.rotor.harness.run.Availability;
import dev.rotor.harness.run.TimelineEntry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays the application during a rotation: reads AWSCURRENT, logs in, and on an authentication failure re-reads the
 * secret and retries once, as the AWS JDBC secrets driver does. Counts failed logins and the longest outage.
 */
final class Prober implements AutoCloseable {
    private static final long PAUSE_MILLIS = 20;

    private final SecretView secret;
    private final ScenarioDatabase database;
    private final Clock clock = Clock.systemUTC();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private int probes;
    private int failed;
    private Instant outageStart;
    private Duration longest = Duration.ZERO;

    Prober(SecretView secret, ScenarioDatabase database) {
        this.secret = secret;
        this.database = database;
        this.thread = new Thread(this::loop, "rotor-prober");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        while (running) {
            probeOnce();
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void probeOnce() {
        if (!running) {
            return;
        }
        boolean ok;
        String user = "?";
        try {
            SecretView.Version current = secret.current();
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
        if (!running && !ok) {
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

    /** Stops probing (a probe under way finishes: interrupting it would count a false failure). */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(5_000);
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
