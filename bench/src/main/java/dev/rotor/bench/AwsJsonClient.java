package dev.rotor.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one client both servers get: {@link HttpClient} over HTTP/1.1 with keep-alive, sending AWS JSON 1.1 requests
 * with a SigV4-shaped Authorization header. The signature is not computed: neither server verifies it, but moto
 * reads the service and region from the credential scope to route the request.
 */
final class AwsJsonClient {
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private final HttpClient http;
    private final URI endpoint;
    private final String authorization;
    private final String amzDate;

    AwsJsonClient(URI endpoint) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        this.endpoint = endpoint;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        this.amzDate = today.format(DateTimeFormatter.BASIC_ISO_DATE) + "T000000Z";
        this.authorization = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/"
                + today.format(DateTimeFormatter.BASIC_ISO_DATE) + "/us-east-1/secretsmanager/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + "0".repeat(64);
    }

    /** An HTTP answer: status and body. */
    record Answer(int status, String body) {
        boolean ok() {
            return status == 200;
        }
    }

    Answer call(String operation, String jsonBody) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", CONTENT_TYPE)
                .header("X-Amz-Target", "secretsmanager." + operation)
                .header("X-Amz-Date", amzDate)
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    /** Like {@link #call} but fails on anything but 200. */
    Answer require(String operation, String jsonBody) throws IOException, InterruptedException {
        Answer answer = call(operation, jsonBody);
        if (!answer.ok()) {
            throw new IOException(operation + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    /** A JSON string literal (the benchmark only sends ASCII names and values). */
    static String str(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
