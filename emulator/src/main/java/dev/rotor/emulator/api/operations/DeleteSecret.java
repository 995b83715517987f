package dev.rotor.emulator.api.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.SecretDeletion;

import java.time.Instant;

/** DeleteSecret: schedules deletion after a recovery window, or deletes at once when forced. */
public final class DeleteSecret implements Operation<DeleteSecret.Request> {
    private final SecretDeletion deletion;

    public DeleteSecret(SecretDeletion deletion) {
        this.deletion = deletion;
    }

    /** The request. */
    public record Request(String secretId, Long recoveryWindowInDays, Boolean forceDeleteWithoutRecovery) {
    }

    /** The response. */
    public record Response(@JsonProperty("ARN") String arn, String name, Instant deletionDate) {
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request r) {
        Constraints c = new Constraints();
        Shapes.checkSecretId(c, r.secretId());
        c.check();
        SecretDeletion.Deleted deleted = deletion.delete(r.secretId(), r.recoveryWindowInDays(),
                r.forceDeleteWithoutRecovery());
        return new Response(deleted.arn(), deleted.name(), deleted.deletionDate());
    }
}
