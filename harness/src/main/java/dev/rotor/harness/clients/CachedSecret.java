package dev.rotor.harness.clients;

import dev.rotor.harness.secret.SecretVersion;

import java.time.Duration;
import java.time.Instant;

/**
 * One secret in the AWS caching client (aws-secretsmanager-caching-java 2.x, which the JDBC driver uses too), with its
 * defaults: a value is kept until a refresh time drawn between half the TTL and the TTL (one hour) after it was read;
 * {@link #refreshNow()} first waits between half the force-refresh jitter and the jitter (100 ms), then reads again.
 * (The library's back-off after a failed read, 1 s doubling up to 128 s, is not modelled: a failed read fails the
 * connection.)
 */
final class CachedSecret {
    static final Duration TTL = Duration.ofHours(1);
    static final long FORCE_REFRESH_JITTER_MILLIS = 100;

    private final ClientEnvironment env;
    private SecretVersion value;
    private Instant nextRefresh;

    CachedSecret(ClientEnvironment env) {
        this.env = env;
    }

    /** The cached value, read first when there is none or its time is up. */
    SecretVersion get() {
        if (value == null || !env.clock().get().isBefore(nextRefresh)) {
            refresh();
        }
        return value;
    }

    /** Waits the jitter, then reads again; false when the read failed. */
    boolean refreshNow() throws InterruptedException {
        long jitter = FORCE_REFRESH_JITTER_MILLIS;
        env.sleeper().sleep(Duration.ofMillis(env.random().nextLong(jitter / 2, jitter + 1)));
        try {
            refresh();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void refresh() {
        SecretVersion read = env.readCurrent().get();
        long ttl = TTL.toMillis();
        value = read;
        nextRefresh = env.clock().get().plusMillis(env.random().nextLong(ttl / 2, ttl + 1));
    }
}
