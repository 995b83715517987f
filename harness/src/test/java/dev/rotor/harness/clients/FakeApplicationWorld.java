package dev.rotor.harness.clients;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.harness.database.LoginResult;
import dev.rotor.harness.secret.SecretVersion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What a client sees, in memory: AWSCURRENT (counting reads), a server that accepts each user's one password, a clock
 * to move, and the waits a client asked for (recorded, not slept).
 */
final class FakeApplicationWorld {
    private static final ObjectMapper JSON = new ObjectMapper();

    final Map<String, String> passwords = new HashMap<>();
    final List<Duration> waits = new ArrayList<>();
    SecretVersion current;
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    int reads;
    int logins;
    RuntimeException readFailure;
    LoginResult otherError;

    /** AWSCURRENT becomes {@code user}/{@code password}; the server is not changed. */
    FakeApplicationWorld secret(String user, String password) {
        current = new SecretVersion("v-" + user + "-" + password, JSON.createObjectNode().put("username", user)
                .put("password", password));
        return this;
    }

    /** The server accepts {@code user} with {@code password} (only). */
    FakeApplicationWorld server(String user, String password) {
        passwords.put(user, password);
        return this;
    }

    ClientEnvironment environment() {
        return new ClientEnvironment(this::read, this::login, () -> now, new SplittableRandom(7), waits::add);
    }

    private SecretVersion read() {
        if (readFailure != null) {
            throw readFailure;
        }
        reads++;
        return current;
    }

    private LoginResult login(String user, String password) {
        logins++;
        if (otherError != null) {
            return otherError;
        }
        return password.equals(passwords.get(user)) ? new LoginResult.Accepted()
                : new LoginResult.Refused(1045, "28000", "Access denied for user '" + user + "'");
    }
}
