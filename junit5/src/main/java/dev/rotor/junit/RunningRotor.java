package dev.rotor.junit;

import dev.rotor.emulator.Emulator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The emulator a test class runs, kept in the class's extension store, which stops it after the class. */
record RunningRotor(Emulator emulator) implements AutoCloseable {

    /** A client for this emulator: its endpoint and region, dummy credentials (the emulator checks none). */
    SecretsManagerClient newClient() {
        return SecretsManagerClient.builder().endpointOverride(emulator.endpoint())
                .region(Region.of(emulator.config().region())).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    @Override
    public void close() {
        emulator.stop();
    }
}
