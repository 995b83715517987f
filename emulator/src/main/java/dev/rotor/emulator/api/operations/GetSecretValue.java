package dev.rotor.emulator.api.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.SecretRead;
import dev.rotor.emulator.secrets.SecretReader;

import java.time.Instant;
import java.util.List;

/** GetSecretValue: a version by id and/or label, AWSCURRENT by default. */
public final class GetSecretValue implements Operation<GetSecretValue.Request> {
    private final SecretReader reader;

    public GetSecretValue(SecretReader reader) {
        this.reader = reader;
    }

    /** The request. */
    public record Request(String secretId, String versionId, String versionStage) {
    }

    /** The response. */
    public record Response(@JsonProperty("ARN") String arn, String name, String versionId, byte[] secretBinary,
                           String secretString, List<String> versionStages, Instant createdDate) {

        static Response of(SecretRead read) {
            return new Response(read.arn(), read.name(), read.versionId(), read.value().binary(),
                    read.value().string(), read.stages(), read.createdDate());
        }
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request r) {
        Constraints c = new Constraints();
        Shapes.checkSecretId(c, r.secretId());
        c.length("versionId", r.versionId(), 32, 64).length("versionStage", r.versionStage(), 1, 256).check();
        return Response.of(reader.get(r.secretId(), r.versionId(), r.versionStage()));
    }
}
