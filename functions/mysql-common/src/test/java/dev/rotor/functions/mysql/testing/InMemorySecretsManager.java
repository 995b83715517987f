package dev.rotor.functions.mysql.testing;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretRequest;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetRandomPasswordRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetRandomPasswordResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.UpdateSecretVersionStageRequest;
import software.amazon.awssdk.services.secretsmanager.model.UpdateSecretVersionStageResponse;

/**
 * A test double of the few Secrets Manager operations a rotation function calls, with AWS's label rules for them.
 * For unit tests of step logic only: the lead's integration tests run the jars against Rotor's emulator.
 */
public final class InMemorySecretsManager implements SecretsManagerClient {

    /** One secret: versions in creation order, each with its value and labels. */
    private final Map<String, Map<String, Version>> secrets = new LinkedHashMap<>();
    private final Map<String, Boolean> rotationEnabled = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final List<PutSecretValueRequest> puts = new ArrayList<>();
    private final AtomicInteger passwords = new AtomicInteger();
    private final SecureRandom random = new SecureRandom();
    private String nextPassword;

    private record Version(String value, List<String> stages) {
    }

    /** Creates a secret with one AWSCURRENT version {@code v0}. */
    public InMemorySecretsManager secret(String id, String json) {
        Map<String, Version> versions = new LinkedHashMap<>();
        versions.put("v0", new Version(json, new ArrayList<>(List.of("AWSCURRENT"))));
        secrets.put(id, versions);
        rotationEnabled.put(id, true);
        return this;
    }

    /** Starts a rotation as the service does: AWSPENDING on a token with no value yet is not modelled; the function's
     * createSecret stores it. This only records that the token is AWSPENDING (DescribeSecret shows it). */
    public InMemorySecretsManager pendingToken(String id, String token) {
        secrets.get(id).put(token, new Version(null, new ArrayList<>(List.of("AWSPENDING"))));
        return this;
    }

    public InMemorySecretsManager rotationEnabled(String id, boolean enabled) {
        rotationEnabled.put(id, enabled);
        return this;
    }

    /** The next GetRandomPassword answer (otherwise a random 32-character password). */
    public InMemorySecretsManager nextPassword(String password) {
        this.nextPassword = password;
        return this;
    }

    public String valueOf(String id, String stage) {
        return find(id, null, stage).value();
    }

    public List<String> stagesOf(String id, String versionId) {
        Version version = secrets.get(id).get(versionId);
        return version == null ? List.of() : List.copyOf(version.stages());
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    public List<PutSecretValueRequest> puts() {
        return List.copyOf(puts);
    }

    public int passwordsGenerated() {
        return passwords.get();
    }

    @Override
    public DescribeSecretResponse describeSecret(DescribeSecretRequest request) {
        calls.add("DescribeSecret");
        Map<String, List<String>> stages = new LinkedHashMap<>();
        versions(request.secretId()).forEach((id, version) -> stages.put(id, List.copyOf(version.stages())));
        return DescribeSecretResponse.builder().arn(request.secretId())
                .rotationEnabled(rotationEnabled.get(request.secretId())).versionIdsToStages(stages).build();
    }

    @Override
    public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
        calls.add("GetSecretValue");
        String stage = request.versionStage() == null && request.versionId() == null ? "AWSCURRENT"
                : request.versionStage();
        Version version = find(request.secretId(), request.versionId(), stage);
        return GetSecretValueResponse.builder().arn(request.secretId()).secretString(version.value()).build();
    }

    @Override
    public PutSecretValueResponse putSecretValue(PutSecretValueRequest request) {
        calls.add("PutSecretValue");
        puts.add(request);
        Map<String, Version> versions = versions(request.secretId());
        Version existing = versions.get(request.clientRequestToken());
        if (existing != null && existing.value() != null && !existing.value().equals(request.secretString())) {
            throw InvalidRequestException.builder().message("You can't modify an existing version, you can only "
                    + "create a new version.").build();
        }
        List<String> stages = new ArrayList<>(request.versionStages());
        for (String stage : stages) {
            versions.values().forEach(version -> version.stages().remove(stage));
        }
        versions.put(request.clientRequestToken(), new Version(request.secretString(), stages));
        return PutSecretValueResponse.builder().versionId(request.clientRequestToken()).build();
    }

    @Override
    public GetRandomPasswordResponse getRandomPassword(GetRandomPasswordRequest request) {
        calls.add("GetRandomPassword");
        passwords.incrementAndGet();
        String password = nextPassword;
        nextPassword = null;
        if (password == null) {
            StringBuilder out = new StringBuilder();
            String pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,-.:;<=>?[]^_`{|}~";
            for (int i = 0; i < request.passwordLength(); i++) {
                char c = pool.charAt(random.nextInt(pool.length()));
                if (request.excludeCharacters() == null || request.excludeCharacters().indexOf(c) < 0) {
                    out.append(c);
                } else {
                    i--;
                }
            }
            password = out.toString();
        }
        return GetRandomPasswordResponse.builder().randomPassword(password).build();
    }

    @Override
    public UpdateSecretVersionStageResponse updateSecretVersionStage(UpdateSecretVersionStageRequest request) {
        calls.add("UpdateSecretVersionStage");
        Map<String, Version> versions = versions(request.secretId());
        String stage = request.versionStage();
        Version from = versions.get(request.removeFromVersionId());
        if (from == null || !from.stages().contains(stage)) {
            throw InvalidRequestException.builder().message("The staging label " + stage
                    + " is currently attached to a different version than you specified.").build();
        }
        from.stages().remove(stage);
        if (stage.equals("AWSCURRENT")) {
            versions.values().forEach(version -> version.stages().remove("AWSPREVIOUS"));
            from.stages().add("AWSPREVIOUS");
        }
        versions.get(request.moveToVersionId()).stages().add(stage);
        return UpdateSecretVersionStageResponse.builder().arn(request.secretId()).build();
    }

    @Override
    public String serviceName() {
        return "secretsmanager";
    }

    @Override
    public void close() {
    }

    private Map<String, Version> versions(String id) {
        Map<String, Version> versions = secrets.get(id);
        if (versions == null) {
            throw ResourceNotFoundException.builder().message("Secrets Manager can't find the specified secret.")
                    .build();
        }
        return versions;
    }

    private Version find(String id, String versionId, String stage) {
        for (Map.Entry<String, Version> entry : versions(id).entrySet()) {
            boolean idMatches = versionId == null || versionId.equals(entry.getKey());
            boolean stageMatches = stage == null || entry.getValue().stages().contains(stage);
            if (idMatches && stageMatches && entry.getValue().value() != null) {
                return entry.getValue();
            }
        }
        throw ResourceNotFoundException.builder()
                .message("Secrets Manager can't find the specified secret value for VersionId: " + versionId
                        + (stage == null ? "" : " / staging label: " + stage)).build();
    }
}
