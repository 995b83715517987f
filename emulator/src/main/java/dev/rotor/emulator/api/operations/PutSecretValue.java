package dev.rotor.emulator.api.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.Errors;
import dev.rotor.emulator.secrets.SecretValue;
import dev.rotor.emulator.secrets.VersionResult;
import dev.rotor.emulator.secrets.VersionWriter;

import java.util.List;
import java.util.regex.Pattern;

/** PutSecretValue: a new version, labelled per the request (AWSCURRENT by default). */
public final class PutSecretValue implements Operation<PutSecretValue.Request> {
    private static final Pattern ROTATION_TOKEN = Pattern.compile("^[a-zA-Z0-9\\-]+$");

    private final VersionWriter versions;

    public PutSecretValue(VersionWriter versions) {
        this.versions = versions;
    }

    /** The request. */
    public record Request(String secretId, String clientRequestToken, byte[] secretBinary, String secretString,
                          List<String> versionStages, String rotationToken) {
    }

    /** The response. */
    public record Response(@JsonProperty("ARN") String arn, String name, String versionId, List<String> versionStages) {
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request r) {
        Shapes.requireToken(r.clientRequestToken());
        Constraints c = new Constraints();
        Shapes.checkSecretId(c, r.secretId());
        Shapes.checkToken(c, r.clientRequestToken());
        Shapes.checkValue(c, r.secretString(), r.secretBinary());
        Shapes.checkStages(c, r.versionStages());
        c.sensitiveLength("rotationToken", r.rotationToken(), 36, 256)
                .pattern("rotationToken", r.rotationToken(), ROTATION_TOKEN, true);
        c.check();
        SecretValue value = Shapes.value(r.secretString(), r.secretBinary());
        if (value == null) {
            throw Errors.noValue();
        }
        VersionResult result = versions.put(r.secretId(), r.clientRequestToken(), value, r.versionStages());
        return new Response(result.arn(), result.name(), result.versionId(), result.stages());
    }
}
