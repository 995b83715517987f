package dev.rotor.testcontainers;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

/** The real AWS SDK v2 client, pointed at a {@link RotorContainer} as the README shows. */
final class Clients {
    private Clients() {
    }

    static SecretsManagerClientBuilder builderFor(RotorContainer rotor) {
        return SecretsManagerClient.builder().endpointOverride(rotor.getEndpoint())
                .region(Region.of(rotor.getRegion())).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
    }

    static SecretsManagerClient secretsManager(RotorContainer rotor) {
        return builderFor(rotor).build();
    }
}
