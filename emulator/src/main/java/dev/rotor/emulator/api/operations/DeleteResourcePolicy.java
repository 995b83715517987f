package dev.rotor.emulator.api.operations;

import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.ResourcePolicies;

/** DeleteResourcePolicy: removes the secret's policy. */
public final class DeleteResourcePolicy implements Operation<SecretIdRequest> {
    private final ResourcePolicies policies;

    public DeleteResourcePolicy(ResourcePolicies policies) {
        this.policies = policies;
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
        return SecretRef.of(policies.delete(r.secretId()));
    }
}
