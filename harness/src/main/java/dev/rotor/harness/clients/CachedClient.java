package dev.rotor.harness.clients;

import dev.rotor.harness.database.LoginResult;
import dev.rotor.harness.result.ClientProfile;
import dev.rotor.harness.secret.SecretVersion;

/**
 * An application using the AWS caching client with its defaults: the secret is read once and kept for up to an hour
 * (of the emulator's clock); a refused login is not retried, so after a rotation that retires the cached password
 * the application is locked out until the cache expires.
 */
public final class CachedClient implements Client {
    private final CachedSecret cache;
    private final ClientEnvironment env;

    CachedClient(ClientEnvironment env) {
        this.env = env;
        this.cache = new CachedSecret(env);
    }

    @Override
    public ClientProfile profile() {
        return ClientProfile.CACHED;
    }

    @Override
    public Attempt connect() {
        SecretVersion secret = cache.get();
        LoginResult result = env.login().login(secret.username(), secret.password());
        return Attempt.of(secret.username(), result);
    }
}
