package dev.rotor.emulator.api.operations;

import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.ResourcePolicies;

/** PutResourcePolicy: stores a JSON policy document on the secret. */
public final class PutResourcePolicy implements Operation<PutResourcePolicy.Request> {
    private final ResourcePolicies policies;

    public PutResourcePolicy(ResourcePolicies policies) {
        this.policies = policies;
    }

    /** The request. */
    public record Request(String secretId, String resourcePolicy, Boolean blockPublicPolicy) {
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public SecretRef handle(Request r) {
        Constraints c = new Constraints();
        Shapes.checkSecretId(c, r.secretId());
        c.required("resourcePolicy", r.resourcePolicy()).length("resourcePolicy", r.resourcePolicy(), 1, 20480).check();
        return SecretRef.of(policies.put(r.secretId(), r.resourcePolicy(), r.blockPublicPolicy()));
    }
}
