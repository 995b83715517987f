package dev.rotor.emulator.wire;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken requests over raw HTTP: each gets a 4xx AWS-shaped error (never a 500, never a stack trace), and
 * nothing is half-written (no journal event, the listing and the target secret unchanged).
 */
@ExtendWith(WireEmulatorExtension.class)
class BadInputIT {
    /** Replaced by the name of a fresh secret (value "original") made for the case. */
    private static final String SECRET = "$SECRET";

    private final WireEmulator emulator;

    BadInputIT(WireEmulator emulator) {
        this.emulator = emulator;
    }

    /** One bad request: the operation (null: no target header), the body, and the error it must get. */
    record BadRequest(String description, String target, byte[] body, int status, String type) {
        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<BadRequest> badRequests() {
        String token = "\"ClientRequestToken\":\"" + UUID.randomUUID() + "\"";
        return Stream.of(
                bad("malformed JSON", "CreateSecret", "{\"Name\": \"x\", " + token + ",", "SerializationException"),
                bad("trailing garbage after the object", "ListSecrets", "{} {}", "SerializationException"),
                bad("a number for SecretId", "GetSecretValue", "{\"SecretId\": 5}", "SerializationException"),
                bad("a string for MaxResults", "ListSecrets", "{\"MaxResults\": \"5\"}", "SerializationException"),
                bad("a fraction for MaxResults", "ListSecrets", "{\"MaxResults\": 5.5}", "SerializationException"),
                bad("a MaxResults beyond a long", "ListSecrets", "{\"MaxResults\": 99999999999999999999999}",
                        "SerializationException"),
                bad("a string for a boolean", "ListSecrets", "{\"IncludePlannedDeletion\": \"true\"}",
                        "SerializationException"),
                bad("a number for a boolean", "ListSecretVersionIds",
                        "{\"SecretId\": \"" + SECRET + "\", \"IncludeDeprecated\": 1}", "SerializationException"),
                bad("an object for a list", "PutSecretValue", "{\"SecretId\": \"" + SECRET + "\", " + token
                        + ", \"SecretString\": \"new\", \"VersionStages\": {\"AWSCURRENT\": true}}", "SerializationException"),
                bad("a string for a list of structures", "TagResource",
                        "{\"SecretId\": \"" + SECRET + "\", \"Tags\": \"team=wire\"}", "SerializationException"),
                bad("a missing SecretId", "GetSecretValue", "{}", "ValidationException"),
                bad("a null SecretId", "DescribeSecret", "{\"SecretId\": null}", "ValidationException"),
                bad("a missing Name", "CreateSecret", "{" + token + ", \"SecretString\": \"v\"}", "ValidationException"),
                bad("a PutSecretValue with neither value", "PutSecretValue",
                        "{\"SecretId\": \"" + SECRET + "\", " + token + "}", "InvalidRequestException"),
                bad("both SecretString and SecretBinary", "PutSecretValue", "{\"SecretId\": \"" + SECRET + "\", "
                        + token + ", \"SecretString\": \"s\", \"SecretBinary\": \"AAE=\"}", "InvalidParameterException"),
                bad("a SecretString of 65,537 characters", "PutSecretValue", "{\"SecretId\": \"" + SECRET + "\", "
                        + token + ", \"SecretString\": \"" + "x".repeat(65_537) + "\"}", "ValidationException"),
                bad("a SecretBinary of 65,537 bytes", "PutSecretValue", "{\"SecretId\": \"" + SECRET + "\", "
                        + token + ", \"SecretBinary\": \"" + java.util.Base64.getEncoder().encodeToString(new byte[65_537])
                        + "\"}", "ValidationException"),
                bad("a name of 513 characters", "CreateSecret", "{\"Name\": \"" + "n".repeat(513) + "\", " + token
                        + ", \"SecretString\": \"v\"}", "ValidationException"),
                bad("21 VersionStages", "PutSecretValue", "{\"SecretId\": \"" + SECRET + "\", " + token
                        + ", \"SecretString\": \"new\", \"VersionStages\": " + stages(21) + "}", "ValidationException"),
                bad("a ClientRequestToken of 31 characters", "PutSecretValue", "{\"SecretId\": \"" + SECRET
                        + "\", \"ClientRequestToken\": \"" + "t".repeat(31) + "\", \"SecretString\": \"new\"}",
                        "ValidationException"),
                bad("a name with a space", "CreateSecret", "{\"Name\": \"bad name\", " + token
                        + ", \"SecretString\": \"v\"}", "ValidationException"),
                bad("a name with a star", "CreateSecret", "{\"Name\": \"bad*name\", " + token
                        + ", \"SecretString\": \"v\"}", "ValidationException"),
                bad("a name with an exclamation mark", "CreateSecret", "{\"Name\": \"bad!name\", " + token
                        + ", \"SecretString\": \"v\"}", "ValidationException"),
                bad("a SecretId with a space", "GetSecretValue", "{\"SecretId\": \"bad name\"}", "ValidationException"),
                bad("a MaxResults of 0", "ListSecrets", "{\"MaxResults\": 0}", "ValidationException"),
                bad("an unknown SortBy", "ListSecrets", "{\"SortBy\": \"colour\"}", "ValidationException"),
                bad("an unknown filter key", "ListSecrets", "{\"Filters\": [{\"Key\": \"colour\", \"Values\": [\"x\"]}]}",
                        "ValidationException"),
                bad("invalid base64 for SecretBinary", "PutSecretValue", "{\"SecretId\": \"" + SECRET + "\", "
                        + token + ", \"SecretBinary\": \"%%% not base64 %%%\"}", "SerializationException"),
                bad("a bad NextToken for ListSecrets", "ListSecrets", "{\"NextToken\": \"not-a-token\"}",
                        "InvalidNextTokenException"),
                bad("a bad NextToken for ListSecretVersionIds", "ListSecretVersionIds",
                        "{\"SecretId\": \"" + SECRET + "\", \"NextToken\": \"bm90LWEtdG9rZW4\"}", "InvalidNextTokenException"),
                bad("an unknown operation", "secretsmanager.MakeCoffee", "{}", null),
                bad("another service's target", "kms.ListKeys", "{}", null),
                bad("no target header", null, "{}", null),
                bad("an empty body", "CreateSecret", "", "InvalidRequestException"),
                bad("a body that is a JSON array", "ListSecrets", "[]", "SerializationException"),
                bad("a body that is a JSON string", "DescribeSecret", "\"" + SECRET + "\"", "SerializationException"),
                bad("JSON nested 5,000 deep", "ListSecrets", "{\"Filters\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}",
                        "SerializationException"),
                bad("a secret value that is not a JSON string", "PutSecretValue", "{\"SecretId\": \"" + SECRET + "\", "
                        + token + ", \"SecretString\": hunter2}", "SerializationException"),
                bad("a secret value in an unterminated string", "PutSecretValue", "{\"SecretId\": \"" + SECRET + "\", "
                        + token + ", \"SecretString\": \"hunter2", "SerializationException"),
                bad("a binary value that is not base64", "PutSecretValue", "{\"SecretId\": \"" + SECRET + "\", "
                        + token + ", \"SecretBinary\": \"hunter2!!\"}", "SerializationException"),
                bad("a secret value of the wrong type", "PutSecretValue", "{\"SecretId\": \"" + SECRET + "\", "
                        + token + ", \"SecretString\": {\"hunter2\": [\"hunter2\"]}}", "SerializationException"),
                bad("an operation name that is a value", "secretsmanager.hunter2", "{}", "UnknownOperationException"),
                bad("a rotation token with the value in it", "PutSecretValue", "{\"SecretId\": \"" + SECRET + "\", "
                        + token + ", \"SecretString\": \"v\", \"RotationToken\": \"hunter2 hunter2 hunter2 hunter2"
                        + " hunter2\"}", "ValidationException"),
                new BadRequest("bytes that are not UTF-8", "secretsmanager.CreateSecret",
                        new byte[] {'{', '"', 'N', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, 400,
                        null)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void a_bad_request_gets_an_aws_shaped_client_error_and_changes_nothing(BadRequest bad) {
        String secret = bad.body().length > 0 && new String(bad.body(), StandardCharsets.UTF_8).contains(SECRET)
                ? createSecret() : null;
        byte[] body = secret == null ? bad.body()
                : new String(bad.body(), StandardCharsets.UTF_8).replace(SECRET, secret).getBytes(StandardCharsets.UTF_8);
        String target = bad.target() == null || bad.target().contains(".") ? bad.target()
                : "secretsmanager." + bad.target();
        Snapshot before = snapshot(secret);

        RawResponse response = emulator.post(target, body);

        assertAwsShapedClientError(response, bad.status());
        if (bad.type() != null) {
            assertThat(response.errorType()).as(response.body()).isEqualTo(bad.type());
        }
        assertThat(snapshot(secret)).isEqualTo(before);
    }

    @Test
    void a_two_mebibyte_body_gets_an_aws_shaped_request_too_large_error_and_changes_nothing() {
        String huge = "{\"Name\": \"" + emulator.uniqueName("huge") + "\", \"ClientRequestToken\": \"" + UUID.randomUUID()
                + "\", \"SecretString\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        Snapshot before = snapshot(null);

        RawResponse response = emulator.post("secretsmanager.CreateSecret", huge.getBytes(StandardCharsets.UTF_8));

        assertAwsShapedClientError(response, 413);
        assertThat(snapshot(null)).isEqualTo(before);
    }

    @Test
    void a_too_large_body_is_read_and_dropped_so_the_connection_answers_413_and_then_serves_the_next_request() {
        int port = emulator.endpoint().getPort();
        byte[] huge = ("{\"SecretString\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] pipelined = RawHttp.concat(
                RawHttp.request("POST", "/", port, List.of("X-Amz-Target: secretsmanager.CreateSecret",
                        "Content-Type: application/x-amz-json-1.1"), huge),
                RawHttp.request("POST", "/", port, List.of("X-Amz-Target: secretsmanager.ListSecrets",
                        "Content-Type: application/x-amz-json-1.1"), "{}".getBytes(StandardCharsets.UTF_8)));

        List<RawHttp.Answer> answers = RawHttp.exchange(port, pipelined);

        assertThat(answers).extracting(RawHttp.Answer::status).containsExactly(413, 200);
        assertThat(answers.get(0).text()).contains("RequestEntityTooLargeException").doesNotContain("xxxx");
    }

    @Test
    void a_too_large_control_plane_body_is_read_and_dropped_too_so_the_connection_answers_413_and_then_the_next() {
        int port = emulator.endpoint().getPort();
        byte[] huge = ("{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] pipelined = RawHttp.concat(
                RawHttp.request("POST", "/_rotor/functions", port, List.of("Content-Type: application/json"), huge),
                RawHttp.request("GET", "/_rotor/health", port, List.of(), new byte[0]));

        List<RawHttp.Answer> answers = RawHttp.exchange(port, pipelined);

        assertThat(answers).extracting(RawHttp.Answer::status).containsExactly(413, 200);
        assertThat(answers.get(0).text()).doesNotContain("xxxx");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.CsvSource({"GET, /, 405", "PUT, /, 405", "DELETE, /, 405",
            "POST, /not-an-endpoint, 404", "GET, /_rotor/nope, 404", "DELETE, /_rotor/health, 405",
            "PATCH, /_rotor/hunter2, 404"})
    void a_request_off_the_api_gets_a_json_error_saying_what_exists(String method, String path, int status)
            throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(emulator.endpoint().resolve(path))
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                .header("X-Amz-Target", "secretsmanager.ListSecrets").build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        RawResponse raw = new RawResponse(response.statusCode(), response.headers(), response.body());

        assertThat(raw.status()).as(raw.body()).isEqualTo(status);
        assertThat(raw.errorType()).isEqualTo(status == 404 ? "NotFoundException" : "MethodNotAllowedException");
        assertThat(raw.header("x-amzn-ErrorType")).contains(raw.errorType());
        String message = raw.json().has("Message") ? raw.json().path("Message").asText() : raw.json().path("message").asText();
        assertThat(message).contains("POST / ", "X-Amz-Target", "GET /_rotor/health", "POST /_rotor/reset")
                .doesNotContain("hunter2", "not-an-endpoint");
        if (status == 405) {
            assertThat(raw.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).isNotBlank()
                    .doesNotContain(method));
        }
        assertThat(raw.body()).doesNotContain("<html", "Exception:", "at dev.rotor", "at io.javalin", "at org.eclipse");
    }

    @Test
    void a_body_with_a_second_value_after_the_object_is_reported_as_such() {
        RawResponse response = emulator.call("ListSecrets", "{} {}");

        assertThat(response.errorType()).isEqualTo("SerializationException");
        assertThat(response.message()).isEqualTo("The request body must be one JSON object with nothing after it.");
    }

    @Test
    void an_invalid_name_gets_aws_exact_validation_message() {
        RawResponse response = emulator.call("CreateSecret", emulator.object().put("Name", "no spaces please")
                .put("ClientRequestToken", UUID.randomUUID().toString()).put("SecretString", "v"));

        assertThat(response.errorType()).isEqualTo("ValidationException");
        assertThat(response.message()).isEqualTo("Invalid name. Must be a valid name containing alphanumeric"
                + " characters, or any of the following: -/_+=.@!");
    }

    @Test
    void a_two_mebibyte_chunked_body_without_a_length_gets_the_same_error() throws Exception {
        byte[] huge = ("{\"Name\": \"" + emulator.uniqueName("chunked") + "\", \"ClientRequestToken\": \"" + UUID.randomUUID()
                + "\", \"SecretString\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        Snapshot before = snapshot(null);
        var request = java.net.http.HttpRequest.newBuilder(emulator.endpoint().resolve("/"))
                .header("X-Amz-Target", "secretsmanager.CreateSecret")
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                .build();

        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertAwsShapedClientError(new RawResponse(response.statusCode(), response.headers(), response.body()), 413);
        assertThat(snapshot(null)).isEqualTo(before);
    }

    @Test
    void the_emulator_still_answers_normally_after_a_burst_of_bad_requests() {
        badRequests().limit(10).forEach(bad -> emulator.post("secretsmanager.ListSecrets", bad.body()));

        String name = createSecret();

        RawResponse value = emulator.call("GetSecretValue", "{\"SecretId\": \"" + name + "\"}");
        assertThat(value.status()).isEqualTo(200);
        assertThat(value.json().path("SecretString").asText()).isEqualTo("original");
    }

    private void assertAwsShapedClientError(RawResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception:", "at dev.rotor", "at com.fasterxml", "at java.",
                "at io.javalin", "at org.eclipse");
        assertThat(response.body()).as("no request content, no parser message, no Java class name")
                .doesNotContain("hunter2", "Unrecognized token", "[Source:", "JsonToken", "com.fasterxml", "java.",
                        "dev.rotor", "Jackson");
        assertThat(response.errorType()).as(response.body()).isNotBlank();
        assertThat(response.message()).as(response.body()).isNotBlank();
        assertThat(response.header("x-amzn-ErrorType")).contains(response.errorType());
        assertThat(response.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/x-amz-json-1.1"));
    }

    private String createSecret() {
        String name = emulator.uniqueName("bad-input");
        RawResponse created = emulator.call("CreateSecret", emulator.object().put("Name", name)
                .put("ClientRequestToken", UUID.randomUUID().toString()).put("SecretString", "original"));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return name;
    }

    /** What a failed request must leave alone: the journal's end, the listing and the target secret. */
    record Snapshot(long lastSequence, String listing, String secret, String versions) {
    }

    private Snapshot snapshot(String secret) {
        String listing = emulator.call("ListSecrets", "{\"IncludePlannedDeletion\": true, \"MaxResults\": 100}").body();
        if (secret == null) {
            return new Snapshot(emulator.lastSequence(), listing, null, null);
        }
        String id = "{\"SecretId\": \"" + secret + "\"";
        return new Snapshot(emulator.lastSequence(), listing, emulator.call("DescribeSecret", id + "}").body(),
                emulator.call("ListSecretVersionIds", id + ", \"IncludeDeprecated\": true}").body());
    }

    private static BadRequest bad(String description, String target, String body, String type) {
        return new BadRequest(description, target, body.getBytes(StandardCharsets.UTF_8), 400, type);
    }

    private static String stages(int count) {
        return IntStream.range(0, count).mapToObj(i -> "\"L" + i + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
