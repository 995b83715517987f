package dev.rotor.functions.mysql.common;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

/**
 * Builds the function's Secrets Manager client: SDK defaults (region, credentials, {@code
 * AWS_ENDPOINT_URL_SECRETS_MANAGER}) on the lightweight URLConnection HTTP client, plus AWS's templates'
 * {@code SECRETS_MANAGER_ENDPOINT} as an explicit endpoint override when set.
 */
public final class SecretsManagerClients {

    public static final String ENDPOINT_VARIABLE = "SECRETS_MANAGER_ENDPOINT";

    private SecretsManagerClients() {
    }

    public static SecretsManagerClient create(FunctionEnvironment env) {
        return builder(env).build();
    }

    /** The builder {@link #create} builds (a seam for test fixtures that configure the client differently). */
    public static SecretsManagerClientBuilder builder(FunctionEnvironment env) {
        SecretsManagerClientBuilder builder = SecretsManagerClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30))
                        .build());
        String endpoint = env.string(ENDPOINT_VARIABLE, "").trim();
        if (!endpoint.isEmpty()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder;
    }
}
