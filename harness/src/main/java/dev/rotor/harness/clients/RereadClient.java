package dev.rotor.harness.clients;

import dev.rotor.harness.database.LoginResult;
import dev.rotor.harness.result.ClientProfile;
import dev.rotor.harness.secret.SecretVersion;

/** Reads AWSCURRENT before every connection; no retry. */
public final class RereadClient implements Client {
    private final ClientEnvironment env;

    RereadClient(ClientEnvironment env) {
        this.env = env;
    }

    @Override
    public ClientProfile profile() {
        return ClientProfile.REREAD;
    }

    @Override
    public Attempt connect() {
        SecretVersion current = env.readCurrent().get();
        LoginResult result = env.login().login(current.username(), current.password());
        return Attempt.of(current.username(), result);
    }
}
