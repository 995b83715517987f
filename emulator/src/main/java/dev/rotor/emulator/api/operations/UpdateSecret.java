package dev.rotor.emulator.api.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.SecretValue;
import dev.rotor.emulator.secrets.SecretWriter;
import dev.rotor.emulator.secrets.VersionResult;

/** UpdateSecret: metadata changes and, with a value, a new AWSCURRENT version. */
public final class UpdateSecret implements Operation<UpdateSecret.Request> {
    private final SecretWriter writer;

    public UpdateSecret(SecretWriter writer) {
        this.writer = writer;
    }

    /** The request. */
    public record Request(String secretId, String clientRequestToken, String description, String kmsKeyId,
                          byte[] secretBinary, String secretString, String type) {
    }

    /** The response; VersionId only when a version was written. */
    public record Response(@JsonProperty("ARN") String arn, String name, String versionId) {
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
        c.length("description", r.description(), 0, 2048).length("kmsKeyId", r.kmsKeyId(), 0, 2048)
                .length("type", r.type(), 0, 256);
        Shapes.checkValue(c, r.secretString(), r.secretBinary());
        c.check();
        SecretValue value = Shapes.value(r.secretString(), r.secretBinary());
        VersionResult result = writer.update(r.secretId(), r.clientRequestToken(), r.description(), r.kmsKeyId(),
                r.type(), value);
        return new Response(result.arn(), result.name(), result.versionId());
    }
}
