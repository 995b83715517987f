package dev.rotor.emulator.api.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.Errors;
import dev.rotor.emulator.secrets.NewSecret;
import dev.rotor.emulator.secrets.SecretWriter;
import dev.rotor.emulator.secrets.VersionResult;

import java.util.List;

/** CreateSecret: a new secret, with version 1 labelled AWSCURRENT when a value is given. */
public final class CreateSecret implements Operation<CreateSecret.Request> {
    private final SecretWriter writer;

    public CreateSecret(SecretWriter writer) {
        this.writer = writer;
    }

    /** The request. */
    public record Request(String name, String clientRequestToken, String description, String kmsKeyId,
                          byte[] secretBinary, String secretString, List<Shapes.TagShape> tags,
                          List<Object> addReplicaRegions, Boolean forceOverwriteReplicaSecret, String type) {
    }

    /** The response. */
    public record Response(@JsonProperty("ARN") String arn, String name, String versionId) {
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request r) {
        Shapes.requireToken(r.clientRequestToken());
        Constraints c = new Constraints().required("name", r.name()).length("name", r.name(), 1, 512);
        Shapes.checkToken(c, r.clientRequestToken());
        c.length("description", r.description(), 0, 2048).length("kmsKeyId", r.kmsKeyId(), 0, 2048)
                .length("type", r.type(), 0, 256);
        Shapes.checkValue(c, r.secretString(), r.secretBinary());
        Shapes.checkTags(c, r.tags());
        c.check();
        if (r.addReplicaRegions() != null) {
            throw Errors.replicationNotSupported("CreateSecret with AddReplicaRegions");
        }
        VersionResult result = writer.create(new NewSecret(r.name(), r.clientRequestToken(), r.description(),
                r.kmsKeyId(), r.type(), Shapes.value(r.secretString(), r.secretBinary()), Shapes.tags(r.tags())));
        return new Response(result.arn(), result.name(), result.versionId());
    }
}
