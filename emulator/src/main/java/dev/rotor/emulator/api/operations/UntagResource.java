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
        for (int i = 0; r.tagKeys() != null && i < r.tagKeys().size(); i++) {
            String path = Shapes.member("tagKeys", i);
            c.required(path, r.tagKeys().get(i)).length(path, r.tagKeys().get(i), 1, 128);
        }
        c.check();
        tags.untag(r.secretId(), r.tagKeys());
        return Map.of();
    }
}
