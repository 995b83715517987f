package dev.rotor.emulator.secrets;


import java.time.Clock;

/** What every secrets service shares: the store, the clock, secret lookup, ARNs and the version cap. */
public record SecretsContext(SecretStore store, Clock clock, SecretLocator locator, SecretArns arns, int maxVersions) {

    /** Begins a change to a secret at the current time. */
    public SecretChange change(dev.rotor.emulator.secrets.StoreTransaction tx, Secret secret) {
        return SecretChange.begin(tx, secret, clock.instant(), maxVersions);
    }
}
