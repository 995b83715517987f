package dev.rotor.harness.clients;

import dev.rotor.harness.database.LoginResult;
import dev.rotor.harness.result.ClientProfile;
import dev.rotor.harness.secret.SecretVersion;

/**
 * The AWS JDBC secrets driver (aws-secretsmanager-jdbc 2.x, {@code AWSSecretsManagerDriver.connectWithSecret}): the
 * secret comes from the caching client (kept for up to an hour); a login refused with error 1045 (access denied, the
 * only error the MySQL and MariaDB drivers treat as an authentication failure) makes it refresh the secret, which
 * waits 50 to 100 ms first, and try again, up to {@code MAX_RETRY} = 5 retries: 6 attempts in all. Any other error,
 * or a refresh that fails, ends the connection at once.
 */
public final class JdbcDriverClient implements Client {
    static final int MAX_RETRY = 5;
    static final int ACCESS_DENIED = 1045;
    static final String MAX_RETRIES_REACHED = "Connect failed to authenticate: reached max connection retries";

    private final CachedSecret cache;
    private final ClientEnvironment env;

    JdbcDriverClient(ClientEnvironment env) {
        this.env = env;
        this.cache = new CachedSecret(env);
    }

    @Override
    public ClientProfile profile() {
        return ClientProfile.JDBC_DRIVER;
    }

    @Override
    public Attempt connect() throws InterruptedException {
        String user = null;
        for (int attempt = 0; attempt <= MAX_RETRY; attempt++) {
            SecretVersion secret = cache.get();
            user = secret.username();
            LoginResult result = env.login().login(user, secret.password());
            boolean accessDenied = result instanceof LoginResult.Refused refused
                    && refused.errorCode() == ACCESS_DENIED;
            if (!accessDenied || !cache.refreshNow()) {
                return Attempt.of(user, result);
            }
        }
        return Attempt.failed(user, MAX_RETRIES_REACHED);
    }
}
