package dev.rotor.emulator.wire;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The AWS JSON 1.1 protocol as raw HTTP sees it: status codes, headers, error shape, timestamps, blobs. */
@ExtendWith(WireEmulatorExtension.class)
class RawHttpProtocolIT {
    private static final String JSON_11 = "application/x-amz-json-1.1";
    private static final String MISSING_TOKEN = "You must provide a ClientRequestToken value. We recommend a UUID-type value.";

    private final WireEmulator emulator;

    RawHttpProtocolIT(WireEmulator emulator) {
        this.emulator = emulator;
    }

    @Test
    void a_successful_call_answers_200_with_the_aws_json_content_type_and_a_request_id() {
        RawResponse response = createString(emulator.uniqueName("ok"), "v1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(JSON_11));
        assertThat(response.header("x-amzn-RequestId")).hasValueSatisfying(v -> assertThat(v).isNotBlank());
        assertThat(response.json().path("ARN").asText()).startsWith("arn:aws:secretsmanager:us-east-1:");
    }

    @Test
    void every_response_carries_a_different_request_id() {
        RawResponse first = emulator.call("ListSecrets", "{}");
        RawResponse second = emulator.call("ListSecrets", "{}");

        assertThat(first.header("x-amzn-RequestId")).isNotEqualTo(second.header("x-amzn-RequestId"));
    }

    @Test
    void an_error_is_http_400_with_type_and_message_in_the_body_and_the_same_code_in_x_amzn_error_type() {
        RawResponse response = emulator.call("GetSecretValue", body("SecretId", emulator.uniqueName("missing")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(JSON_11));
        assertThat(response.header("x-amzn-RequestId")).isPresent();
        assertThat(response.errorType()).isEqualTo("ResourceNotFoundException");
        assertThat(response.header("x-amzn-ErrorType")).contains("ResourceNotFoundException");
        assertThat(response.message()).isEqualTo("Secrets Manager can't find the specified secret.");
        assertThat(fieldNames(response.json())).containsExactlyInAnyOrder("__type", "Message");
    }

    @Test
    void timestamps_are_json_numbers_of_epoch_seconds_with_a_millisecond_fraction() {
        String name = emulator.uniqueName("time");
        long before = System.currentTimeMillis();
        createString(name, "v1");

        RawResponse described = emulator.call("DescribeSecret", body("SecretId", name));

        JsonNode created = described.json().path("CreatedDate");
        assertThat(created.isNumber()).as("CreatedDate is a JSON number: %s", described.body()).isTrue();
        assertThat(described.body()).containsPattern("\"CreatedDate\":\\d{10}\\.\\d{3}[,}]");
        assertThat(created.decimalValue().movePointRight(3).longValue())
                .isBetween(before, System.currentTimeMillis());
        assertThat(described.json().path("LastChangedDate").isNumber()).isTrue();
    }

    @Test
    void last_accessed_date_is_midnight_utc_of_the_day_the_value_was_read() {
        String name = emulator.uniqueName("accessed");
        createString(name, "v1");
        assertThat(emulator.call("GetSecretValue", body("SecretId", name)).status()).isEqualTo(200);

        JsonNode described = emulator.call("DescribeSecret", body("SecretId", name)).json();

        JsonNode accessed = described.path("LastAccessedDate");
        assertThat(accessed.isNumber()).isTrue();
        long midnight = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        assertThat(accessed.decimalValue().longValueExact()).isIn(midnight, midnight - 86_400);
        assertThat(accessed.decimalValue().remainder(java.math.BigDecimal.valueOf(86_400)).signum()).isZero();
    }

    @Test
    void members_without_a_value_are_left_out_rather_than_sent_as_null() {
        String name = emulator.uniqueName("absent");
        createString(name, "v1");

        RawResponse described = emulator.call("DescribeSecret", body("SecretId", name));
        RawResponse value = emulator.call("GetSecretValue", body("SecretId", name));

        assertThat(described.body()).doesNotContain("null");
        assertThat(fieldNames(described.json())).doesNotContain("Description", "Tags", "RotationEnabled",
                "LastAccessedDate", "DeletedDate", "KmsKeyId", "RotationLambdaARN", "NextRotationDate");
        assertThat(value.body()).doesNotContain("null");
        assertThat(fieldNames(value.json())).contains("SecretString").doesNotContain("SecretBinary");
    }

    @Test
    void secret_binary_travels_as_base64_text_in_both_directions() {
        String name = emulator.uniqueName("binary");
        byte[] bytes = {0, 1, 'h', 'i', (byte) 0xff};
        String base64 = Base64.getEncoder().encodeToString(bytes);
        RawResponse created = emulator.call("CreateSecret", emulator.object().put("Name", name)
                .put("ClientRequestToken", UUID.randomUUID().toString()).put("SecretBinary", base64));
        assertThat(created.status()).as(created.body()).isEqualTo(200);

        RawResponse value = emulator.call("GetSecretValue", body("SecretId", name));

        assertThat(value.json().path("SecretBinary").isTextual()).isTrue();
        assertThat(value.json().path("SecretBinary").asText()).isEqualTo(base64);
        assertThat(Base64.getDecoder().decode(value.json().path("SecretBinary").asText())).containsExactly(bytes);
        assertThat(fieldNames(value.json())).doesNotContain("SecretString");
    }

    @Test
    void the_client_request_token_becomes_the_version_id() {
        String name = emulator.uniqueName("token");
        String token = UUID.randomUUID().toString();
        RawResponse created = emulator.call("CreateSecret", emulator.object().put("Name", name)
                .put("ClientRequestToken", token).put("SecretString", "v1"));

        assertThat(created.json().path("VersionId").asText()).isEqualTo(token);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"CreateSecret, InvalidRequestException", "PutSecretValue, InvalidRequestException",
            "UpdateSecret, InvalidRequestException", "RotateSecret, InvalidParameterException"})
    void a_write_without_a_client_request_token_is_rejected_even_for_a_secret_that_does_not_exist(String operation,
                                                                                                 String type) {
        String name = emulator.uniqueName("no-token");
        String idMember = operation.equals("CreateSecret") ? "Name" : "SecretId";
        long journalBefore = emulator.lastSequence();

        RawResponse response = emulator.call(operation, emulator.object().put(idMember, name).put("SecretString", "v"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorType()).isEqualTo(type);
        assertThat(response.header("x-amzn-ErrorType")).contains(type);
        assertThat(response.message()).isEqualTo(MISSING_TOKEN);
        assertThat(emulator.lastSequence()).isEqualTo(journalBefore);
    }

    @Test
    void tag_resource_answers_an_empty_json_object() {
        String name = emulator.uniqueName("tags");
        createString(name, "v1");

        RawResponse response = emulator.call("TagResource", "{\"SecretId\":\"" + name
                + "\",\"Tags\":[{\"Key\":\"team\",\"Value\":\"wire\"}]}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().isObject()).isTrue();
        assertThat(response.json().size()).isZero();
    }

    private RawResponse createString(String name, String value) {
        RawResponse response = emulator.call("CreateSecret", emulator.object().put("Name", name)
                .put("ClientRequestToken", UUID.randomUUID().toString()).put("SecretString", value));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private JsonNode body(String member, String value) {
        return emulator.object().put(member, value);
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
