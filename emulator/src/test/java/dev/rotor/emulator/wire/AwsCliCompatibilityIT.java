package dev.rotor.emulator.wire;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The installed AWS CLI, unchanged but for {@code --endpoint-url}, against the emulator. */
@ExtendWith(WireEmulatorExtension.class)
class AwsCliCompatibilityIT {
    private final WireEmulator emulator;
    private final ExternalTool cli;

    AwsCliCompatibilityIT(WireEmulator emulator) {
        this.emulator = emulator;
        this.cli = new ExternalTool(emulator.endpoint());
    }

    @BeforeAll
    static void theAwsCliIsInstalled() {
        ExternalTool.require(ExternalTool.awsCli(), "the AWS CLI (aws) is not installed");
    }

    @Test
    void a_secrets_whole_life_works_through_the_cli() {
        String name = emulator.uniqueName("cli");

        JsonNode created = ok(cli.aws("create-secret", "--name", name, "--secret-string", "first",
                "--tags", "Key=team,Value=wire"));
        assertThat(created.path("Name").asText()).isEqualTo(name);
        assertThat(created.path("ARN").asText()).startsWith("arn:aws:secretsmanager:us-east-1:").contains(name);
        String v1 = created.path("VersionId").asText();

        JsonNode value = ok(cli.aws("get-secret-value", "--secret-id", name));
        assertThat(value.path("SecretString").asText()).isEqualTo("first");
        assertThat(value.path("VersionStages")).extracting(JsonNode::asText).containsExactly("AWSCURRENT");
        assertThat(value.path("VersionId").asText()).isEqualTo(v1);

        JsonNode put = ok(cli.aws("put-secret-value", "--secret-id", name, "--secret-string", "second",
                "--version-stages", "STAGED"));
        String v2 = put.path("VersionId").asText();
        assertThat(put.path("VersionStages")).extracting(JsonNode::asText).containsExactly("STAGED");

        JsonNode versions = ok(cli.aws("list-secret-version-ids", "--secret-id", name, "--include-deprecated"));
        assertThat(versions.path("Versions")).extracting(v -> v.path("VersionId").asText()).containsExactlyInAnyOrder(v1, v2);

        ok(cli.aws("update-secret-version-stage", "--secret-id", name, "--version-stage", "AWSCURRENT",
                "--move-to-version-id", v2, "--remove-from-version-id", v1));
        JsonNode described = ok(cli.aws("describe-secret", "--secret-id", name));
        assertThat(labels(described.path("VersionIdsToStages").path(v2))).containsExactlyInAnyOrder("AWSCURRENT", "STAGED");
        assertThat(labels(described.path("VersionIdsToStages").path(v1))).containsExactly("AWSPREVIOUS");
        // CLI v1's default timestamp format "none" prints the wire value (epoch seconds as a number); v2 (Debian's
        // awscli) prints ISO 8601 by default. Either way it is the creation time.
        JsonNode createdDate = described.path("CreatedDate");
        double createdSeconds = createdDate.isNumber() ? createdDate.asDouble()
                : java.time.OffsetDateTime.parse(createdDate.asText()).toInstant().toEpochMilli() / 1000.0;
        assertThat(createdSeconds).isCloseTo(System.currentTimeMillis() / 1000.0,
                org.assertj.core.data.Offset.offset(600.0));
        assertThat(ok(cli.aws("get-secret-value", "--secret-id", name)).path("SecretString").asText()).isEqualTo("second");

        ok(cli.aws("tag-resource", "--secret-id", name, "--tags", "Key=env,Value=test"));
        JsonNode listed = ok(cli.aws("list-secrets", "--filters", "Key=name,Values=" + name, "Key=tag-key,Values=env"));
        assertThat(listed.path("SecretList")).extracting(s -> s.path("Name").asText()).containsExactly(name);
        assertThat(listed.path("SecretList").get(0).path("Tags")).extracting(t -> t.path("Key").asText())
                .containsExactlyInAnyOrder("team", "env");

        JsonNode deleted = ok(cli.aws("delete-secret", "--secret-id", name, "--force-delete-without-recovery"));
        assertThat(deleted.path("Name").asText()).isEqualTo(name);
        assertThat(deleted.path("DeletionDate").asText()).isNotBlank();
        assertThat(cli.aws("describe-secret", "--secret-id", name).exitCode()).isNotZero();
    }

    @Test
    void an_error_shows_the_aws_code_and_message_on_stderr() {
        ExternalTool.Result result = cli.aws("get-secret-value", "--secret-id", emulator.uniqueName("missing"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("ResourceNotFoundException")
                .contains("when calling the GetSecretValue operation")
                .contains("Secrets Manager can't find the specified secret.");
    }

    @Test
    void a_binary_secret_from_a_file_comes_back_as_the_same_bytes(@TempDir Path dir) throws IOException {
        String name = emulator.uniqueName("cli-binary");
        byte[] bytes = {0, 1, 2, (byte) 0xfe, (byte) 0xff, 'x'};
        Path file = Files.write(dir.resolve("secret.bin"), bytes);

        ok(cli.aws("create-secret", "--name", name, "--secret-binary", "fileb://" + file));
        JsonNode value = ok(cli.aws("get-secret-value", "--secret-id", name));

        assertThat(java.util.Base64.getDecoder().decode(value.path("SecretBinary").asText())).containsExactly(bytes);
        assertThat(value.has("SecretString")).isFalse();
    }

    private static JsonNode ok(ExternalTool.Result result) {
        assertThat(result.exitCode()).as("aws exit code; stderr: %s", result.stderr()).isZero();
        return result.stdout().isBlank() ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : result.json();
    }

    private static List<String> labels(JsonNode array) {
        List<String> labels = new ArrayList<>();
        array.forEach(l -> labels.add(l.asText()));
        return labels;
    }
}
