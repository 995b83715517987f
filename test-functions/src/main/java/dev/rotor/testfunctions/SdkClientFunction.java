package dev.rotor.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.util.Map;

/** Builds an SDK v2 Secrets Manager client at init, as real rotation functions do; answers with its region. */
public class SdkClientFunction implements RequestHandler<Map<String, Object>, String> {

    private final SecretsManagerClient client =
            SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create()).build();

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        return client.serviceClientConfiguration().region().id();
    }
}
