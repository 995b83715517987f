package dev.rotor.emulator.api.operations;

import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.ResourcePolicies;

import java.util.List;

/** ValidateResourcePolicy: checks that the policy is a JSON policy document. */
public final class ValidateResourcePolicy implements Operation<ValidateResourcePolicy.Request> {
    private final ResourcePolicies policies;

    public ValidateResourcePolicy(ResourcePolicies policies) {
        this.policies = policies;
    }

    /** The request. */
    public record Request(String secretId, String resourcePolicy) {
    }

    /** One finding. */
    public record ValidationError(String checkName, String errorMessage) {
    }

    /** The response. */
    public record Response(Boolean policyValidationPassed, List<ValidationError> validationErrors) {
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request r) {
        new Constraints().length("secretId", r.secretId(), 1, 2048).required("resourcePolicy", r.resourcePolicy())
                .length("resourcePolicy", r.resourcePolicy(), 1, 20480).check();
        ResourcePolicies.Validation result = policies.validate(r.secretId(), r.resourcePolicy());
        return new Response(result.passed(), result.problems().stream()
                .map(p -> new ValidationError(p.checkName(), p.errorMessage())).toList());
    }
}
