package dev.rotor.emulator.api.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.ResourcePolicies;
import dev.rotor.emulator.secrets.Secret;

/** GetResourcePolicy: the stored policy, left out when none is attached. */
public final class GetResourcePolicy implements Operation<SecretIdRequest> {
    private final ResourcePolicies policies;

    public GetResourcePolicy(ResourcePolicies policies) {
        this.policies = policies;
    }

    /** The response. */
    public record Response(@JsonProperty("ARN") String arn, String name, String resourcePolicy) {
    }

    @Override
    public Class<SecretIdRequest> requestType() {
        return SecretIdRequest.class;
    }

    @Override
    public Response handle(SecretIdRequest r) {
        Constraints c = new Constraints();
        Shapes.checkSecretId(c, r.secretId());
        c.check();
        Secret secret = policies.get(r.secretId());
        return new Response(secret.arn(), secret.name(), secret.resourcePolicy());
    }
}
