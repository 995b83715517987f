package dev.rotor.emulator.api.operations;

import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.rotation.RotationService;

/** CancelRotateSecret: turns rotation off and stops a running rotation. */
public final class CancelRotateSecret implements Operation<SecretIdRequest> {
    private final RotationService rotations;

    public CancelRotateSecret(RotationService rotations) {
        this.rotations = rotations;
    }

    @Override
    public Class<SecretIdRequest> requestType() {
        return SecretIdRequest.class;
    }

    @Override
    public RotationResponse handle(SecretIdRequest r) {
        Constraints c = new Constraints();
        Shapes.checkSecretId(c, r.secretId());
        c.check();
        RotationService.Started cancelled = rotations.cancel(r.secretId());
        return new RotationResponse(cancelled.arn(), cancelled.name(), cancelled.versionId());
    }
}
