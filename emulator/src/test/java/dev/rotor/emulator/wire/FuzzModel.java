package dev.rotor.emulator.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Every Secrets Manager operation with its request members and their kinds (from the service model), and a plausible
 * value of each kind aimed at the fuzz run's own secrets, so that hostile requests reach past validation.
 */
final class FuzzModel {
    /** What a member holds; {@link #sensitive} kinds are where the canary may go (never echoed, even by AWS). */
    enum Kind {
        ID, NAME, TOKEN, TEXT, SECRET, BLOB, NUMBER, BOOL, LABELS, STRINGS, TAGS, FILTERS, RULES, ITEMS, POLICY,
        VERSION, LABEL, SORT_BY, SORT_ORDER, REGIONS;

        boolean sensitive() {
            return this == SECRET || this == BLOB || this == POLICY;
        }

        boolean structured() {
            return this == LABELS || this == STRINGS || this == TAGS || this == FILTERS || this == RULES
                    || this == ITEMS || this == POLICY || this == REGIONS;
        }
    }

    static final Map<String, Map<String, Kind>> OPERATIONS = operations();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> LABEL_VALUES = List.of("AWSCURRENT", "AWSPENDING", "AWSPREVIOUS", "CUSTOM");

    private final List<String> secretNames;

    FuzzModel(List<String> secretNames) {
        this.secretNames = List.copyOf(secretNames);
    }

    /** A well-formed request for {@code operation}: a random subset of its members, each plausible. */
    ObjectNode plausibleRequest(String operation, SplittableRandom random) {
        ObjectNode body = NODES.objectNode();
        OPERATIONS.get(operation).forEach((member, kind) -> {
            boolean required = member.equals("SecretId") || member.equals("Name") || member.equals("ClientRequestToken");
            if (required || random.nextInt(3) > 0) {
                body.set(member, plausible(kind, random));
            }
        });
        return body;
    }

    JsonNode plausible(Kind kind, SplittableRandom random) {
        return switch (kind) {
            case ID -> NODES.textNode(secretNames.get(random.nextInt(secretNames.size())));
            case NAME -> NODES.textNode("fuzz/new-" + random.nextInt(1_000_000));
            // half from a small pool, so that tokens and version ids collide with earlier requests
            case TOKEN, VERSION -> NODES.textNode(random.nextBoolean()
                    ? UUID.nameUUIDFromBytes(new byte[] {(byte) random.nextInt(64)}).toString()
                    : new UUID(random.nextLong(), random.nextLong()).toString());
            case TEXT -> NODES.textNode("text " + random.nextInt(1000));
            case SECRET -> NODES.textNode("{\"password\":\"p" + random.nextInt(1_000_000) + "\"}");
            case BLOB -> NODES.textNode(Base64.getEncoder().encodeToString(new byte[] {1, 2, (byte) random.nextInt()}));
            case NUMBER -> NODES.numberNode(1 + random.nextInt(20));
            case BOOL -> NODES.booleanNode(random.nextBoolean());
            case LABELS -> NODES.arrayNode().add(LABEL_VALUES.get(random.nextInt(LABEL_VALUES.size())));
            case STRINGS -> NODES.arrayNode().add(secretNames.get(random.nextInt(secretNames.size())));
            case LABEL -> NODES.textNode(LABEL_VALUES.get(random.nextInt(LABEL_VALUES.size())));
            case TAGS -> NODES.arrayNode().add(NODES.objectNode().put("Key", "team").put("Value", "fuzz"));
            case FILTERS -> NODES.arrayNode().add(NODES.objectNode().put("Key", List.of("name", "all", "description",
                    "tag-key").get(random.nextInt(4))).set("Values", NODES.arrayNode().add("fuzz")));
            case RULES -> random.nextBoolean() ? NODES.objectNode().put("AutomaticallyAfterDays", 7)
                    : NODES.objectNode().put("ScheduleExpression", "rate(10 days)").put("Duration", "3h");
            case ITEMS -> NODES.arrayNode().add(NODES.objectNode().put("Key", "k").put("Value", "v"));
            case POLICY -> NODES.textNode("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                    + "\"Principal\":{\"AWS\":\"arn:aws:iam::000000000000:root\"},\"Action\":\"secretsmanager:*\","
                    + "\"Resource\":\"*\"}]}");
            case SORT_BY -> NODES.textNode("name");
            case SORT_ORDER -> NODES.textNode(random.nextBoolean() ? "asc" : "desc");
            case REGIONS -> NODES.arrayNode().add(NODES.objectNode().put("Region", "eu-west-1"));
        };
    }

    private static Map<String, Map<String, Kind>> operations() {
        Map<String, Map<String, Kind>> ops = new LinkedHashMap<>();
        Map<String, Kind> secretOnly = Map.of("SecretId", Kind.ID);
        ops.put("BatchGetSecretValue", members("SecretIdList", Kind.STRINGS, "Filters", Kind.FILTERS,
                "MaxResults", Kind.NUMBER, "NextToken", Kind.TEXT));
        ops.put("CancelRotateSecret", secretOnly);
        ops.put("CreateSecret", members("Name", Kind.NAME, "ClientRequestToken", Kind.TOKEN, "Description", Kind.TEXT,
                "KmsKeyId", Kind.TEXT, "SecretBinary", Kind.BLOB, "SecretString", Kind.SECRET, "Tags", Kind.TAGS,
                "AddReplicaRegions", Kind.REGIONS, "ForceOverwriteReplicaSecret", Kind.BOOL, "Type", Kind.TEXT));
        ops.put("DeleteResourcePolicy", secretOnly);
        ops.put("DeleteSecret", members("SecretId", Kind.ID, "RecoveryWindowInDays", Kind.NUMBER,
                "ForceDeleteWithoutRecovery", Kind.BOOL));
        ops.put("DescribeSecret", secretOnly);
        ops.put("GetRandomPassword", members("PasswordLength", Kind.NUMBER, "ExcludeCharacters", Kind.TEXT,
                "ExcludeNumbers", Kind.BOOL, "ExcludePunctuation", Kind.BOOL, "ExcludeUppercase", Kind.BOOL,
                "ExcludeLowercase", Kind.BOOL, "IncludeSpace", Kind.BOOL, "RequireEachIncludedType", Kind.BOOL));
        ops.put("GetResourcePolicy", secretOnly);
        ops.put("GetSecretValue", members("SecretId", Kind.ID, "VersionId", Kind.VERSION, "VersionStage", Kind.LABEL));
        ops.put("ListSecretVersionIds", members("SecretId", Kind.ID, "MaxResults", Kind.NUMBER, "NextToken", Kind.TEXT,
                "IncludeDeprecated", Kind.BOOL));
        ops.put("ListSecrets", members("IncludePlannedDeletion", Kind.BOOL, "MaxResults", Kind.NUMBER,
                "NextToken", Kind.TEXT, "Filters", Kind.FILTERS, "SortOrder", Kind.SORT_ORDER, "SortBy", Kind.SORT_BY));
        ops.put("PutResourcePolicy", members("SecretId", Kind.ID, "ResourcePolicy", Kind.POLICY,
                "BlockPublicPolicy", Kind.BOOL));
        ops.put("PutSecretValue", members("SecretId", Kind.ID, "ClientRequestToken", Kind.TOKEN,
                "SecretBinary", Kind.BLOB, "SecretString", Kind.SECRET, "VersionStages", Kind.LABELS,
                "RotationToken", Kind.SECRET));
        ops.put("RemoveRegionsFromReplication", members("SecretId", Kind.ID, "RemoveReplicaRegions", Kind.STRINGS));
        ops.put("ReplicateSecretToRegions", members("SecretId", Kind.ID, "AddReplicaRegions", Kind.REGIONS,
                "ForceOverwriteReplicaSecret", Kind.BOOL));
        ops.put("RestoreSecret", secretOnly);
        ops.put("RotateSecret", members("SecretId", Kind.ID, "ClientRequestToken", Kind.TOKEN,
                "RotationLambdaARN", Kind.TEXT, "RotationRules", Kind.RULES, "ExternalSecretRotationMetadata", Kind.ITEMS,
                "ExternalSecretRotationRoleArn", Kind.TEXT, "RotateImmediately", Kind.BOOL));
        ops.put("StopReplicationToReplica", secretOnly);
        ops.put("TagResource", members("SecretId", Kind.ID, "Tags", Kind.TAGS));
        ops.put("UntagResource", members("SecretId", Kind.ID, "TagKeys", Kind.STRINGS));
        ops.put("UpdateSecret", members("SecretId", Kind.ID, "ClientRequestToken", Kind.TOKEN, "Description", Kind.TEXT,
                "KmsKeyId", Kind.TEXT, "SecretBinary", Kind.BLOB, "SecretString", Kind.SECRET, "Type", Kind.TEXT));
        ops.put("UpdateSecretVersionStage", members("SecretId", Kind.ID, "VersionStage", Kind.LABEL,
                "RemoveFromVersionId", Kind.VERSION, "MoveToVersionId", Kind.VERSION));
        ops.put("ValidateResourcePolicy", members("SecretId", Kind.ID, "ResourcePolicy", Kind.POLICY));
        return java.util.Collections.unmodifiableMap(ops);
    }

    private static Map<String, Kind> members(Object... pairs) {
        Map<String, Kind> members = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            members.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return members;
    }
}
