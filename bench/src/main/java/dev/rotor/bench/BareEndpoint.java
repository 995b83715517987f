package dev.rotor.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;

import java.nio.charset.StandardCharsets;

/**
 * The stack's limit, for comparison: a bare Javalin endpoint on {@code POST /} that parses the JSON body into a
 * record and answers a fixed JSON body of a GetSecretValue answer's size, with the same headers Rotor sends. Started
 * by the benchmark with Rotor's JVM flags: {@code java ... -cp rotor-bench.jar dev.rotor.bench.BareEndpoint PORT}.
 */
public final class BareEndpoint {
    /** A GetSecretValue answer of the benchmark's secrets, byte for byte the size Rotor sends. */
    static final byte[] ANSWER = ("{\"ARN\":\"arn:aws:secretsmanager:us-east-1:000000000000:secret:bench-get-0-AbCdEf\","
            + "\"Name\":\"bench-get-0\",\"VersionId\":\"2ed4b1b5-ff0a-4160-8754-876dbbd831e6\",\"SecretString\":"
            + "\"{\\\"username\\\":\\\"app\\\",\\\"password\\\":\\\"p4ssw0rd-0123456789abcdef0123456789abcdef\\\"}\","
            + "\"VersionStages\":[\"AWSCURRENT\"],\"CreatedDate\":1796311056.436}").getBytes(StandardCharsets.UTF_8);
    private static final String REQUEST_ID = "00000000-0000-4000-8000-000000000000";

    private BareEndpoint() {
    }

    /** The request members a GetSecretValue carries. */
    record Request(String secretId, String versionId, String versionStage) {
    }

    public static void main(String[] args) {
        ObjectMapper json = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = Integer.parseInt(args[0]);
            config.routes.post("/", ctx -> {
                Request request = json.readValue(ctx.bodyAsBytes(), Request.class);
                if (request.secretId() == null) {
                    ctx.status(200); // every request is a good one; the baseline only needs to parse it
                }
                ctx.header("x-amzn-RequestId", REQUEST_ID).contentType("application/x-amz-json-1.1").result(ANSWER);
            });
        });
        app.start();
        System.out.println("bare endpoint ready on port " + app.port());
    }
}
