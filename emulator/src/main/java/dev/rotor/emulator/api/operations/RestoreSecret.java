package dev.rotor.emulator.api.operations;

import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.SecretDeletion;

/** RestoreSecret: cancels a scheduled deletion. */
public final class RestoreSecret implements Operation<SecretIdRequest> {
    private final SecretDeletion deletion;

    public RestoreSecret(SecretDeletion deletion) {
        this.deletion = deletion;
    }

    @Override
    public Class<SecretIdRequest> requestType() {
        return SecretIdRequest.class;
    }

    @Override
    public SecretRef handle(SecretIdRequest r) {
        Constraints c = new Constraints();
        Shapes.checkSecretId(c, r.secretId());
        c.check();
        return SecretRef.of(deletion.restore(r.secretId()));
    }
}
