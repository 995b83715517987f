package dev.rotor.emulator.api.operations;

import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.SecretTags;

import java.util.List;
import java.util.Map;

/** UntagResource: removes tag keys, ignoring missing ones; answers {}. */
public final class UntagResource implements Operation<UntagResource.Request> {
    private final SecretTags tags;

    public UntagResource(SecretTags tags) {
        this.tags = tags;
    }

    /** The request. */
    public record Request(String secretId, List<String> tagKeys) {
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Map<String, Object> handle(Request r) {
        Constraints c = new Constraints();
        Shapes.checkSecretId(c, r.secretId());
        c.required("tagKeys", r.tagKeys());
        if (r.tagKeys() != null) {
            r.tagKeys().forEach(k -> c.required("tagKeys.member", k).length("tagKeys.member", k, 1, 128));
        }
        c.check();
        tags.untag(r.secretId(), r.tagKeys());
        return Map.of();
    }
}
