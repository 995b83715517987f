package dev.rotor.emulator.it;

import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts one emulator per test class on a free port and hands out real AWS SDK v2 clients pointed at it.
 * Register with {@code @RegisterExtension static final EmulatorTestSupport emulator = new EmulatorTestSupport();}.
 */
public final class EmulatorTestSupport implements BeforeAllCallback, AfterAllCallback {
    private final EmulatorConfig config;
    private final AtomicInteger counter = new AtomicInteger();
    private Emulator emulator;
    private SecretsManagerClient client;

    public EmulatorTestSupport() {
        this(EmulatorConfig.defaults());
    }

    public EmulatorTestSupport(EmulatorConfig config) {
        this.config = config;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator = Emulator.start(config);
        client = newClient();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        emulator.stop();
    }

    public SecretsManagerClient client() {
        return client;
    }

    public Emulator emulator() {
        return emulator;
    }

    /** A new client (for concurrency tests: one per thread). */
    public SecretsManagerClient newClient() {
        return SecretsManagerClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** A secret name no other test uses. */
    public String uniqueName(String prefix) {
        return prefix + "-" + counter.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String token() {
        return UUID.randomUUID().toString();
    }
}
