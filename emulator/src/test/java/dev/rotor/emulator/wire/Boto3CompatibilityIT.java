package dev.rotor.emulator.wire;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** python3 + boto3, unchanged but for {@code endpoint_url}, against the emulator; each script prints JSON. */
@ExtendWith(WireEmulatorExtension.class)
class Boto3CompatibilityIT {
    private static final String CLIENT = """
            import base64, json, os, sys
            import boto3
            sm = boto3.client("secretsmanager", endpoint_url=os.environ["ENDPOINT"], region_name="us-east-1")
            name = os.environ.get("NAME")
            def out(value):
                print(json.dumps(value, default=str))
            """;

    private final WireEmulator emulator;
    private final ExternalTool tool;

    Boto3CompatibilityIT(WireEmulator emulator) {
        this.emulator = emulator;
        this.tool = new ExternalTool(emulator.endpoint());
    }

    private static String python;

    @BeforeAll
    static void boto3IsInstalled() {
        python = ExternalTool.require(ExternalTool.pythonWithBoto3(), "no python3 with boto3 is installed");
    }

    @Test
    void a_secrets_whole_life_works_through_boto3() {
        JsonNode r = run("""
                c = sm.create_secret(Name=name, SecretString="first", Tags=[{"Key": "team", "Value": "wire"}])
                v1 = c["VersionId"]
                got = sm.get_secret_value(SecretId=name)
                p = sm.put_secret_value(SecretId=name, SecretString="second", VersionStages=["STAGED"])
                v2 = p["VersionId"]
                versions = sm.list_secret_version_ids(SecretId=name, IncludeDeprecated=True)["Versions"]
                sm.update_secret_version_stage(SecretId=name, VersionStage="AWSCURRENT", MoveToVersionId=v2,
                                               RemoveFromVersionId=v1)
                d = sm.describe_secret(SecretId=name)
                sm.tag_resource(SecretId=name, Tags=[{"Key": "env", "Value": "test"}])
                listed = sm.list_secrets(Filters=[{"Key": "name", "Values": [name]}, {"Key": "tag-key", "Values": ["env"]}])
                deleted = sm.delete_secret(SecretId=name, ForceDeleteWithoutRecovery=True)
                out({"v1": v1, "v2": v2, "arn": c["ARN"], "requestId": c["ResponseMetadata"]["RequestId"],
                     "firstValue": got["SecretString"], "firstStages": got["VersionStages"],
                     "createdType": type(got["CreatedDate"]).__name__, "putStages": p["VersionStages"],
                     "versions": sorted(v["VersionId"] for v in versions), "stages": d["VersionIdsToStages"],
                     "listed": [s["Name"] for s in listed["SecretList"]],
                     "listedTags": sorted(t["Key"] for t in listed["SecretList"][0]["Tags"]),
                     "deletedName": deleted["Name"], "deletionDateType": type(deleted["DeletionDate"]).__name__})
                """);

        String v1 = r.path("v1").asText();
        String v2 = r.path("v2").asText();
        assertThat(r.path("arn").asText()).startsWith("arn:aws:secretsmanager:us-east-1:");
        assertThat(r.path("requestId").asText()).isNotBlank();
        assertThat(r.path("firstValue").asText()).isEqualTo("first");
        assertThat(r.path("firstStages").toString()).isEqualTo("[\"AWSCURRENT\"]");
        assertThat(r.path("createdType").asText()).as("boto3 parses CreatedDate").isEqualTo("datetime");
        assertThat(r.path("putStages").toString()).isEqualTo("[\"STAGED\"]");
        assertThat(r.path("versions")).extracting(JsonNode::asText).containsExactlyInAnyOrder(v1, v2);
        assertThat(r.path("stages").path(v2)).extracting(JsonNode::asText).containsExactlyInAnyOrder("AWSCURRENT", "STAGED");
        assertThat(r.path("stages").path(v1)).extracting(JsonNode::asText).containsExactly("AWSPREVIOUS");
        assertThat(r.path("listed")).extracting(JsonNode::asText).containsExactly(r.path("_name").asText());
        assertThat(r.path("listedTags")).extracting(JsonNode::asText).containsExactly("env", "team");
        assertThat(r.path("deletedName").asText()).isEqualTo(r.path("_name").asText());
        assertThat(r.path("deletionDateType").asText()).isEqualTo("datetime");
    }

    @Test
    void a_missing_secret_raises_resource_not_found_exception_by_name() {
        JsonNode r = run("""
                try:
                    sm.get_secret_value(SecretId=name)
                    out({"raised": None})
                except sm.exceptions.ResourceNotFoundException as e:
                    out({"raised": type(e).__name__, "code": e.response["Error"]["Code"],
                         "message": e.response["Error"]["Message"],
                         "status": e.response["ResponseMetadata"]["HTTPStatusCode"]})
                """);

        assertThat(r.path("raised").asText()).isEqualTo("ResourceNotFoundException");
        assertThat(r.path("code").asText()).isEqualTo("ResourceNotFoundException");
        assertThat(r.path("message").asText()).isEqualTo("Secrets Manager can't find the specified secret.");
        assertThat(r.path("status").asInt()).isEqualTo(400);
    }

    @Test
    void an_existing_name_raises_resource_exists_exception_by_name() {
        JsonNode r = run("""
                sm.create_secret(Name=name, SecretString="one")
                try:
                    sm.create_secret(Name=name, SecretString="two")
                    out({"raised": None})
                except sm.exceptions.ResourceExistsException as e:
                    out({"raised": type(e).__name__, "message": e.response["Error"]["Message"]})
                """);

        assertThat(r.path("raised").asText()).isEqualTo("ResourceExistsException");
        assertThat(r.path("message").asText()).contains("already exists");
    }

    @Test
    void the_list_secrets_paginator_walks_every_page() {
        JsonNode r = run("""
                for i in range(5):
                    sm.create_secret(Name=f"{name}/p{i}", SecretString=str(i))
                pages = list(sm.get_paginator("list_secrets").paginate(
                    Filters=[{"Key": "name", "Values": [name + "/"]}], PaginationConfig={"PageSize": 2}))
                out({"pages": len(pages), "sizes": [len(p["SecretList"]) for p in pages],
                     "names": sorted(s["Name"] for p in pages for s in p["SecretList"])})
                """);

        assertThat(r.path("pages").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(r.path("sizes")).allSatisfy(size -> assertThat(size.asInt()).isLessThanOrEqualTo(2));
        assertThat(r.path("names")).hasSize(5);
        assertThat(r.path("names").get(0).asText()).endsWith("/p0");
        assertThat(r.path("names").get(4).asText()).endsWith("/p4");
    }

    @Test
    void binary_secrets_round_trip_as_bytes() {
        JsonNode r = run("""
                data = bytes(range(256))
                sm.create_secret(Name=name, SecretBinary=data)
                got = sm.get_secret_value(SecretId=name)
                out({"type": type(got["SecretBinary"]).__name__, "equal": got["SecretBinary"] == data,
                     "hasString": "SecretString" in got, "length": len(got["SecretBinary"])})
                """);

        assertThat(r.path("type").asText()).isEqualTo("bytes");
        assertThat(r.path("equal").asBoolean()).isTrue();
        assertThat(r.path("hasString").asBoolean()).isFalse();
        assertThat(r.path("length").asInt()).isEqualTo(256);
    }

    private JsonNode run(String body) {
        String name = emulator.uniqueName("boto3");
        ExternalTool.Result result = tool.python(python, CLIENT + body, Map.of("NAME", name));
        assertThat(result.exitCode()).as("python3 exit code; stderr: %s", result.stderr()).isZero();
        JsonNode json = result.json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("_name", name);
        return json;
    }
}
