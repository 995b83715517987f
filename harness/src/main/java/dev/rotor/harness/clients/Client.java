package dev.rotor.harness.clients;

import dev.rotor.harness.result.ClientProfile;

/** An application connecting to the database with the secret's credentials, the way its client library does. */
public sealed interface Client permits JdbcDriverClient, RereadClient, CachedClient {

    /** A client of {@code profile}, starting with nothing cached. */
    static Client of(ClientProfile profile, ClientEnvironment env) {
        return switch (profile) {
            case JDBC_DRIVER -> new JdbcDriverClient(env);
            case REREAD -> new RereadClient(env);
            case CACHED -> new CachedClient(env);
        };
    }

    ClientProfile profile();

    /** One connection (login and a query), with whatever re-reading and retrying the profile does. */
    Attempt connect() throws InterruptedException;
}
