package dev.rotor.harness.clients;

import dev.rotor.harness.database.LoginResult;
import dev.rotor.harness.secret.SecretVersion;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * What a client works with: how it reads AWSCURRENT (GetSecretValue), logs in to the database (directly, never
 * through a fault proxy), tells the time (the emulator's clock, so advancing it expires caches), waits, and draws
 * its random numbers (seeded, one generator per client).
 */
public record ClientEnvironment(Supplier<SecretVersion> readCurrent, Login login, Supplier<Instant> clock,
                                RandomGenerator random, Sleeper sleeper) {

    /** Logs in and runs a query. */
    @FunctionalInterface
    public interface Login {
        LoginResult login(String user, String password);
    }

    /** Waits (the clients' own waits, such as the JDBC driver's pause before a retry). */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }
}
