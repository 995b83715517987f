package dev.rotor.harness.runner;

import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.admin.RotorAdmin;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * One lane of a run: an emulator of its own (with its own clock, so a scenario's clock moves reach no other lane, and
 * its own random, reseeded by each scenario) and an SDK client for it, started when its first scenario needs it. A
 * lane runs one scenario at a time.
 */
final class EmulatorLane implements AutoCloseable {
    private final EmulatorRandom random = new EmulatorRandom();
    private final EmulatorConfig config;
    private Emulator emulator;
    private SecretsManagerClient client;

    EmulatorLane(EmulatorConfig config) {
        this.config = config.withRandom(random);
    }

    /** The emulator's random, for the scenario running on the lane to reseed. */
    EmulatorRandom random() {
        return random;
    }

    synchronized RotorAdmin admin() {
        return started().admin();
    }

    synchronized SecretsManagerClient secretsManager() {
        started();
        return client;
    }

    private Emulator started() {
        if (emulator == null) {
            emulator = Emulator.start(config);
            client = SecretsManagerClient.builder().endpointOverride(emulator.endpoint()).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("rotor", "rotor")))
                    .httpClient(UrlConnectionHttpClient.create()).build();
        }
        return emulator;
    }

    @Override
    public synchronized void close() {
        if (emulator != null) {
            try {
                client.close();
            } finally {
                emulator.close();
                emulator = null;
            }
        }
    }
}
