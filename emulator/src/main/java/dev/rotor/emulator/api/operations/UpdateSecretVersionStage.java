package dev.rotor.emulator.api.operations;

import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.LabelMover;
import dev.rotor.emulator.secrets.Secret;

/** UpdateSecretVersionStage: moves or removes one staging label. */
public final class UpdateSecretVersionStage implements Operation<UpdateSecretVersionStage.Request> {
    private final LabelMover labels;

    public UpdateSecretVersionStage(LabelMover labels) {
        this.labels = labels;
    }

    /** The request. */
    public record Request(String secretId, String versionStage, String removeFromVersionId, String moveToVersionId) {
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public SecretRef handle(Request r) {
        Constraints c = new Constraints();
        Shapes.checkSecretId(c, r.secretId());
        c.required("versionStage", r.versionStage()).length("versionStage", r.versionStage(), 1, 256)
                .length("removeFromVersionId", r.removeFromVersionId(), 32, 64)
                .length("moveToVersionId", r.moveToVersionId(), 32, 64).check();
        Secret secret = labels.updateStage(r.secretId(), r.versionStage(), r.moveToVersionId(), r.removeFromVersionId());
        return SecretRef.of(secret);
    }
}
